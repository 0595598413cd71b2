using System.Text;
using System.Xml;
using System.Xml.Schema;

namespace ScormBuilder.Inspection;

/// <summary>
/// The SCORM 1.2 schemas (IMS CP 1.1.2, ADL CP 1.2, IMS MD 1.2.1 and ims_xml.xsd) compiled for .NET's validator:
/// the copies the tool ships inside every package, embedded so that inspect needs nothing beside it.
/// </summary>
internal static class Scorm12Schemas
{
    public static readonly string[] Roots = ["imscp_rootv1p1p2.xsd", "adlcp_rootv1p2.xsd", "imsmd_rootv1p2p1.xsd"];

    private static readonly Lazy<XmlSchemaSet> s_shipped = new(() => Compile(Shipped));

    /// <summary>The schemas embedded in the tool.</summary>
    public static XmlSchemaSet Embedded => s_shipped.Value;

    /// <summary>Compiles the schemas that <paramref name="read"/> returns by file name (the shipped ones, or a package's copies).</summary>
    public static XmlSchemaSet Compile(Func<string, byte[]> read)
    {
        var schemas = new XmlSchemaSet { XmlResolver = new SchemaResolver(read) };
        foreach (var xsd in Roots)
        {
            using var reader = XmlReader.Create(new MemoryStream(Adapted(xsd, read(xsd))),
                new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore }, "scorm12:///" + xsd);
            schemas.Add(null, reader);
        }

        schemas.Compile();
        return schemas;
    }

    /// <summary>
    /// The schema as shipped, with the two changes .NET's stricter compiler needs and that leave every check in place:
    /// imsmd_rootv1p2p1.xsd's open content models are ambiguous to it (xmllint accepts them): an LOM element could be
    /// itself or the '##any' wildcard after it, and narrowing the wildcard to '##other' settles it. ims_xml.xsd binds
    /// the default namespace to the reserved xml namespace, which .NET refuses; that declaration is redundant, since
    /// the schema names its targetNamespace explicitly.
    /// </summary>
    private static byte[] Adapted(string xsd, byte[] bytes) => xsd switch
    {
        "imsmd_rootv1p2p1.xsd" => Replace(bytes, "namespace=\"##any\" processContents=\"strict\"", "namespace=\"##other\" processContents=\"strict\""),
        "ims_xml.xsd" => Replace(bytes, "xmlns=\"http://www.w3.org/XML/1998/namespace\"", ""),
        _ => bytes,
    };

    private static byte[] Replace(byte[] bytes, string from, string to) =>
        Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).Replace(from, to, StringComparison.Ordinal));

    private static byte[] Shipped(string xsd)
    {
        using var stream = typeof(Scorm12Schemas).Assembly.GetManifestResourceStream("ScormBuilder.Scorm12." + xsd)
            ?? throw new InvalidOperationException($"The tool was built without its copy of {xsd}.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>Resolves the schemas' imports to the same source, by file name: nothing is fetched from anywhere else.</summary>
    private sealed class SchemaResolver(Func<string, byte[]> read) : XmlResolver
    {
        public override object? GetEntity(Uri absoluteUri, string? role, Type? ofObjectToReturn)
        {
            var name = Path.GetFileName(absoluteUri.LocalPath);
            return new MemoryStream(Adapted(name, read(name)));
        }
    }
}
