using System.Text;
using System.Xml;
using ScormBuilder.Model;
using ScormBuilder.Rendering;

namespace ScormBuilder.Packaging;

/// <summary>
/// Writes imsmanifest.xml: one organisation, one item, one SCO resource listing every file of the package,
/// in the exact shape Moodle, ESR and Learning Hub accept (see shared/scorm12/README.md).
/// </summary>
internal static class ManifestWriter
{
    public const string FileName = "imsmanifest.xml";
    public const string ImsNamespace = "http://www.imsproject.org/xsd/imscp_rootv1p1p2";
    public const string AdlNamespace = "http://www.adlnet.org/xsd/adlcp_rootv1p2";
    public const string MetadataNamespace = LomMetadataWriter.Namespace;
    private const string SchemaInstance = "http://www.w3.org/2001/XMLSchema-instance";

    public const string OrganizationId = "ORG";
    public const string ItemId = "ITEM";
    public const string ResourceId = "RES";

    public static byte[] Write(Course course, RenderedSite site)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
        };
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("manifest", ImsNamespace);
            xml.WriteAttributeString("identifier", course.Id);
            xml.WriteAttributeString("version", course.Version);
            // Moodle matches the literal prefix 'adlcp:', so the prefix is fixed, not generated.
            xml.WriteAttributeString("xmlns", "adlcp", null, AdlNamespace);
            xml.WriteAttributeString("xmlns", "imsmd", null, MetadataNamespace);
            xml.WriteAttributeString("xmlns", "xsi", null, SchemaInstance);
            xml.WriteAttributeString("xsi", "schemaLocation", SchemaInstance,
                $"{ImsNamespace} imscp_rootv1p1p2.xsd {MetadataNamespace} imsmd_rootv1p2p1.xsd {AdlNamespace} adlcp_rootv1p2.xsd");

            xml.WriteStartElement("metadata", ImsNamespace);
            xml.WriteElementString("schema", ImsNamespace, "ADL SCORM");
            xml.WriteElementString("schemaversion", ImsNamespace, "1.2");
            LomMetadataWriter.Write(xml, course);
            xml.WriteEndElement();

            xml.WriteStartElement("organizations", ImsNamespace);
            xml.WriteAttributeString("default", OrganizationId);
            xml.WriteStartElement("organization", ImsNamespace);
            xml.WriteAttributeString("identifier", OrganizationId);
            xml.WriteElementString("title", ImsNamespace, course.Title);
            xml.WriteStartElement("item", ImsNamespace);
            xml.WriteAttributeString("identifier", ItemId);
            xml.WriteAttributeString("identifierref", ResourceId);
            xml.WriteAttributeString("isvisible", "true");
            xml.WriteElementString("title", ImsNamespace, course.Title);
            if (course.MasteryScore is { } mastery)
            {
                xml.WriteElementString("masteryscore", AdlNamespace, mastery.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();

            xml.WriteStartElement("resources", ImsNamespace);
            xml.WriteStartElement("resource", ImsNamespace);
            xml.WriteAttributeString("identifier", ResourceId);
            xml.WriteAttributeString("type", "webcontent");
            xml.WriteAttributeString("scormtype", AdlNamespace, "sco");
            xml.WriteAttributeString("href", SiteRenderer.PageFile);
            foreach (var file in site.Files)
            {
                xml.WriteStartElement("file", ImsNamespace);
                xml.WriteAttributeString("href", file.PackagePath);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }
}
