using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using ScormBuilder.Inspection;

namespace ScormBuilder.Tests.Inspection;

/// <summary>
/// One archive of each hostile kind issue 25 names (a bomb, traversal, entity expansion, 100,000+ entries, a zip cut
/// short), built in the test and named, so the bounds tests and the real-CLI test run the same bytes. Each is built
/// once: the bombs take a moment to deflate.
/// </summary>
internal static class HostileArchives
{
    /// <summary>What the bombs truly expand to: far more than any bound the tests state, so reading one would show.</summary>
    public const long BombBytes = 256L * 1024 * 1024;

    /// <summary>The bomb whose manifest header declares the most inspect reads: the one case that reads megabytes.</summary>
    public const string LargestManifest = "bomb-header-lies-at-limit";

    /// <summary>As many entries as inspect reads (100,000), none of them a manifest: the largest directory read whole.</summary>
    public const string FullDirectory = "entries-100000";

    /// <summary>100,000 entries whose names fill the largest directory inspect reads (32 MB): the most it ever holds.</summary>
    public const string LargestDirectory = "entries-100000-long-names";

    /// <summary>A name of 280 characters: with its 46-byte header, 100,000 of them come just under the 32 MB directory limit.</summary>
    private static string LongName(int i) => $"{new string('n', 270)}/{i:D9}";

    /// <summary>100,000 entries each 135 folders deep: the names that cost most to compare folder by folder.</summary>
    public const string DeepDirectory = "entries-100000-deep-names";

    /// <summary>A name 135 folders deep ('a/a/…/a/7'), as long as <see cref="LongName"/>: each of its folders is a path to compare.</summary>
    private static string DeepName(int i) => $"{string.Concat(Enumerable.Repeat("a/", 135))}{i:D9}";

    private static readonly Dictionary<string, (Func<byte[]> Build, string Code)> Kinds = new()
    {
        ["bomb"] = (() => WithBomb("media/video.mp4", [], 0), "SB4034"),
        ["bomb-header-lies"] = (() => ManifestWhoseHeaderLies(declared: null), "SB4034"),
        [LargestManifest] = (() => ManifestWhoseHeaderLies(declared: InspectionLimits.MaxManifestBytes), "SB4034"),
        ["traversal"] = (() => TestZip.Sound().Add("../../escaped.html", "x").Add("/tmp/absolute.sh", "rm").Add("C:/Windows/x.html", "x").Bytes(), "SB4046"),
        ["billion-laughs"] = (() => WithManifest(BillionLaughs(), Encoding.UTF8), "SB4040"),
        ["billion-laughs-utf16"] = (() => WithManifest(BillionLaughs().Replace("<?xml version=\"1.0\"?>", "<?xml version=\"1.0\" encoding=\"utf-16\"?>", StringComparison.Ordinal), new UnicodeEncoding(false, true)), "SB4040"),
        ["external-entity"] = (() => WithManifest(ExternalEntity, Encoding.UTF8), "SB4040"),
        [FullDirectory] = (() => ManyEntries(InspectionLimits.MaxEntries), "SB4035"),
        [LargestDirectory] = (() => ManyEntries(InspectionLimits.MaxEntries, LongName), "SB4035"),
        [DeepDirectory] = (() => ManyEntries(InspectionLimits.MaxEntries, DeepName), "SB4035"),
        ["entries-100001"] = (() => ManyEntries(100_001), "SB4033"),
        ["entries-count-lies"] = (() => CountSaysFew(ManyEntries(65_000)), "SB4031"),
        ["cut-in-entry-data"] = (() => Sound()[..(LocalDataAt(Sound()) + 5)], "SB4031"),
        ["cut-in-central-directory"] = (() => Sound()[..(CentralDirectoryAt(Sound()) + 10)], "SB4031"),
        ["cut-in-end-record"] = (() => Sound()[..^10], "SB4031"),
        ["central-directory-gap"] = (() => [.. Sound()[..(CentralDirectoryAt(Sound()) + 10)], .. Sound()[(CentralDirectoryAt(Sound()) + 40)..]], "SB4031"),
    };

    private static readonly Dictionary<string, Lazy<byte[]>> Built =
        Kinds.ToDictionary(k => k.Key, k => new Lazy<byte[]>(k.Value.Build));

    /// <summary>Every kind's name, for a theory.</summary>
    public static TheoryData<string> Names => [.. Kinds.Keys];

    public static byte[] Bytes(string kind) => Built[kind].Value;

    /// <summary>The code of the finding that names the attack.</summary>
    public static string Code(string kind) => Kinds[kind].Code;

    private const string ExternalEntity = """
        <?xml version="1.0"?>
        <!DOCTYPE manifest [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
        <manifest xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2">&secret;</manifest>
        """;

    private static byte[] Sound() => TestZip.Sound().Bytes();

    private static string BillionLaughs()
    {
        var laughs = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE manifest [\n<!ENTITY lol0 \"lol\">\n");
        for (var i = 1; i < 10; i++)
        {
            laughs.Append(CultureInfo.InvariantCulture, $"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">\n");
        }

        return laughs.Append("]>\n<manifest xmlns=\"http://www.imsproject.org/xsd/imscp_rootv1p1p2\">&lol9;</manifest>").ToString();
    }

    private static byte[] WithManifest(string manifest, Encoding encoding) =>
        TestZip.Sound().Without("imsmanifest.xml").Add("imsmanifest.xml", [.. encoding.GetPreamble(), .. encoding.GetBytes(manifest)]).Bytes();

    /// <summary>
    /// A sound manifest followed by <see cref="BombBytes"/> of spaces, its header declaring <paramref name="declared"/>
    /// bytes (null: only the manifest's own size; the most inspect reads is <see cref="InspectionLimits.MaxManifestBytes"/>).
    /// </summary>
    private static byte[] ManifestWhoseHeaderLies(int? declared)
    {
        var manifest = Encoding.UTF8.GetBytes(TestZip.Manifest("adlcp:scormtype=\"sco\"", "", "index.html", "media/a.png"));
        return TestZip.MarkedSmaller(WithBomb("imsmanifest.xml", manifest, (byte)' '), (uint)(declared ?? manifest.Length));
    }

    /// <summary>
    /// The sound package with <paramref name="name"/> (first in the zip) holding <paramref name="head"/> then
    /// <see cref="BombBytes"/> of <paramref name="fill"/>, deflated a megabyte at a time so the test never holds it whole.
    /// </summary>
    private static byte[] WithBomb(string name, byte[] head, byte fill)
    {
        var chunk = new byte[1024 * 1024];
        chunk.AsSpan().Fill(fill);
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var bomb = zip.CreateEntry(name, CompressionLevel.Optimal).Open())
            {
                bomb.Write(head);
                for (var written = 0L; written < BombBytes; written += chunk.Length)
                {
                    bomb.Write(chunk);
                }
            }

            foreach (var (other, text) in new[] { ("imsmanifest.xml", TestZip.Manifest("adlcp:scormtype=\"sco\"", "", "index.html", "media/a.png")), ("index.html", "x"), ("media/a.png", "png") })
            {
                if (other != name)
                {
                    using var writer = new StreamWriter(zip.CreateEntry(other).Open());
                    writer.Write(text);
                }
            }
        }

        return buffer.ToArray();
    }

    private static byte[] ManyEntries(int count) => ManyEntries(count, i => i.ToString(CultureInfo.InvariantCulture));

    private static byte[] ManyEntries(int count, Func<int, string> name)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            for (var i = 0; i < count; i++)
            {
                zip.CreateEntry(name(i), CompressionLevel.NoCompression);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>The zip with its end record claiming 3 entries while its directory holds them all: the count lies.</summary>
    private static byte[] CountSaysFew(byte[] zip)
    {
        var bytes = (byte[])zip.Clone();
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(bytes.Length - 22 + 8), 3);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(bytes.Length - 22 + 10), 3);
        return bytes;
    }

    private static int CentralDirectoryAt(byte[] zip) => (int)BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(zip.Length - 22 + 16));

    /// <summary>Where the first entry's compressed data starts, past its local header, name and extra field.</summary>
    private static int LocalDataAt(byte[] zip) =>
        30 + BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(26)) + BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(28));
}
