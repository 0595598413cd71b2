using System.Text;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using ScormBuilder.Diagnostics;

namespace ScormBuilder.Inspection;

/// <summary>
/// Reads imsmanifest.xml safely (no DTD, no entity expansion, no resolver: nothing is fetched, nothing grows) and
/// checks it is a well-formed SCORM 1.2 manifest, valid against the shipped schemas.
/// </summary>
internal static class ManifestDocument
{
    public const string ImsNamespace = "http://www.imsproject.org/xsd/imscp_rootv1p1p2";
    public const string Name = "imsmanifest.xml";

    /// <summary>The manifest, or null when it cannot be read; <paramref name="findings"/> gains what is wrong with it.</summary>
    public static XDocument? Load(byte[] bytes, List<Finding> findings)
    {
        if (DeclaresDtd(bytes))
        {
            findings.Add(new Finding(InspectionDiagnostics.ManifestHasDtd, Name,
                "The manifest declares a DTD ('<!DOCTYPE'), which SCORM 1.2 does not use and which can hide entities that expand without end.",
                "Remove the '<!DOCTYPE …>' declaration from imsmanifest.xml."));
            return null;
        }

        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(bytes), Settings());
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            findings.Add(new Finding(InspectionDiagnostics.ManifestNotWellFormed, $"{Name}({e.LineNumber},{e.LinePosition})",
                $"The manifest is not well-formed XML: {FirstSentence(e.Message)}", "Correct the XML at that line; an LMS cannot read the manifest as it is."));
            return null;
        }

        if (NotScorm12(document) is { } what)
        {
            findings.Add(new Finding(InspectionDiagnostics.NotScorm12, Name, $"This is not a SCORM 1.2 manifest: {what}.",
                "Export the course again and choose SCORM 1.2."));
            return null;
        }

        findings.AddRange(Validate(bytes));
        return document;
    }

    private static XmlReaderSettings Settings() => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersFromEntities = 1024,
        MaxCharactersInDocument = InspectionLimits.MaxManifestBytes * 2L,
    };

    private static bool DeclaresDtd(byte[] bytes) =>
        Encoding.UTF8.GetString(bytes).Replace("\0", "", StringComparison.Ordinal).Contains("<!DOCTYPE", StringComparison.OrdinalIgnoreCase);

    private static string? NotScorm12(XDocument document)
    {
        var root = document.Root!;
        if (root.Name != XName.Get("manifest", ImsNamespace))
        {
            return $"its root is '{root.Name.LocalName}' in namespace '{Names.Quoted(root.Name.NamespaceName).Trim('\'')}', not IMS CP 1.1.2's 'manifest'";
        }

        var version = root.Element(XName.Get("metadata", ImsNamespace))?.Element(XName.Get("schemaversion", ImsNamespace))?.Value.Trim();
        return version is null or "1.2" ? null : $"its schemaversion is {Names.Quoted(version)}, not '1.2'";
    }

    private static List<Finding> Validate(byte[] bytes)
    {
        var errors = new List<Finding>();
        var settings = Settings();
        settings.ValidationType = ValidationType.Schema;
        settings.Schemas = Scorm12Schemas.Embedded;
        settings.ValidationEventHandler += (_, e) =>
        {
            if (e.Severity == XmlSeverityType.Error && errors.Count < InspectionLimits.SchemaErrorsReported)
            {
                errors.Add(new Finding(InspectionDiagnostics.ManifestNotValid, $"{Name}({e.Exception.LineNumber},{e.Exception.LinePosition})",
                    $"The manifest breaks the SCORM 1.2 schemas: {FirstSentence(e.Message)}", "Correct the element at that line as the schema asks; an LMS may refuse the package."));
            }
        };
        using var reader = XmlReader.Create(new MemoryStream(bytes), settings);
        while (reader.Read())
        {
        }

        return errors;
    }

    private static string FirstSentence(string message)
    {
        var text = DiagnosticText.Escape(message).Trim();
        return text.EndsWith('.') ? text : text + ".";
    }
}
