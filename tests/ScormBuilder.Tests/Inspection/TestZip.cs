using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using ScormBuilder.Inspection;

namespace ScormBuilder.Tests.Inspection;

/// <summary>Packages built in the test, entry by entry, so each defect is made on purpose and nothing binary is checked in.</summary>
internal sealed class TestZip
{
    private readonly List<(string Name, byte[] Bytes)> _entries = [];

    /// <summary>A small, sound SCORM 1.2 package: the control every defect test starts from.</summary>
    public static TestZip Sound(string resourceAttributes = "adlcp:scormtype=\"sco\"", string item = "<adlcp:masteryscore>80</adlcp:masteryscore>") =>
        new TestZip()
            .Add("imsmanifest.xml", Manifest(resourceAttributes, item, "index.html", "media/a.png"))
            .Add("index.html", "<!doctype html><title>Course</title>")
            .Add("media/a.png", "png");

    public static string Manifest(string resourceAttributes, string item, params string[] files) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <manifest identifier="M" version="1.0" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2" xmlns:imsmd="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1">
          <metadata>
            <schema>ADL SCORM</schema>
            <schemaversion>1.2</schemaversion>
            <imsmd:lom><imsmd:general><imsmd:title><imsmd:langstring>Supplier course</imsmd:langstring></imsmd:title></imsmd:general>
            <imsmd:lifecycle><imsmd:version><imsmd:langstring>2.3</imsmd:langstring></imsmd:version></imsmd:lifecycle></imsmd:lom>
          </metadata>
          <organizations default="ORG">
            <organization identifier="ORG">
              <title>Supplier course</title>
              <item identifier="ITEM" identifierref="RES">
                <title>Lesson one</title>
                {item}
              </item>
            </organization>
          </organizations>
          <resources>
            <resource identifier="RES" type="webcontent" {resourceAttributes} href="index.html">
              {string.Concat(files.Select(f => $"<file href=\"{f}\"/>"))}
            </resource>
          </resources>
        </manifest>
        """;

    public TestZip Add(string name, string text) => Add(name, Encoding.UTF8.GetBytes(text));

    public TestZip Add(string name, byte[] bytes)
    {
        _entries.Add((name, bytes));
        return this;
    }

    public TestZip Without(string name)
    {
        _entries.RemoveAll(e => e.Name == name);
        return this;
    }

    public byte[] Bytes()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in _entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                stream.Write(bytes);
            }
        }

        return buffer.ToArray();
    }

    public InspectionReport Inspect() => Inspect(Bytes());

    public static InspectionReport Inspect(byte[] zip) => PackageInspector.Default.Inspect(new MemoryStream(zip, writable: false), "course.zip");

    /// <summary>The zip with the 'encrypted' flag set on every entry, as a password-protected export has it.</summary>
    public static byte[] MarkedEncrypted(byte[] zip)
    {
        var bytes = (byte[])zip.Clone();
        for (var at = 0; at + 4 <= bytes.Length; at++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(at));
            var flagAt = signature switch { 0x04034b50 => at + 6, 0x02014b50 => at + 8, _ => -1 };
            if (flagAt > 0)
            {
                bytes[flagAt] |= 1;
            }
        }

        return bytes;
    }

    /// <summary>The zip with its first entry's uncompressed size declared as <paramref name="declared"/>: a header that lies, as a bomb's does.</summary>
    public static byte[] MarkedSmaller(byte[] zip, uint declared)
    {
        var bytes = (byte[])zip.Clone();
        var local = IndexOf(bytes, 0x04034b50);
        var central = IndexOf(bytes, 0x02014b50);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(local + 22), declared);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(central + 24), declared);
        return bytes;
    }

    private static int IndexOf(byte[] bytes, uint signature)
    {
        for (var at = 0; at + 4 <= bytes.Length; at++)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(at)) == signature)
            {
                return at;
            }
        }

        throw new InvalidOperationException("The zip has no such header.");
    }
}
