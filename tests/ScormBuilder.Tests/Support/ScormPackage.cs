using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using ScormBuilder.Inspection;

namespace ScormBuilder.Tests.Support;

/// <summary>
/// A built zip opened for inspection, with the checks an LMS makes on import: the manifest against the real
/// SCORM 1.2 schemas, plus the rules those schemas do not catch (shared/scorm12/README.md).
/// </summary>
internal sealed class ScormPackage
{
    private static readonly XNamespace s_ims = "http://www.imsproject.org/xsd/imscp_rootv1p1p2";
    private static readonly XNamespace s_adl = "http://www.adlnet.org/xsd/adlcp_rootv1p2";

    private ScormPackage(IReadOnlyDictionary<string, byte[]> entries) => Entries = entries;

    public IReadOnlyDictionary<string, byte[]> Entries { get; }

    public string ManifestText => Text("imsmanifest.xml");

    public static ScormPackage Open(string zipPath)
    {
        using var zip = ZipFile.OpenRead(zipPath);
        var entries = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries)
        {
            using var stream = entry.Open();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            entries.Add(entry.FullName, buffer.ToArray());
        }

        return new ScormPackage(entries);
    }

    public string Text(string path) => System.Text.Encoding.UTF8.GetString(Entries[path]);

    /// <summary>The same package with another manifest: a control that the checks can fail.</summary>
    public ScormPackage WithManifest(string text) =>
        new(new Dictionary<string, byte[]>(Entries, StringComparer.Ordinal) { ["imsmanifest.xml"] = System.Text.Encoding.UTF8.GetBytes(text) });

    /// <summary>Every reason an LMS could reject or mis-track this package; empty when it is sound.</summary>
    public List<string> Problems()
    {
        var problems = new List<string>();
        var manifest = ValidateAgainstSchemas(problems);
        if (manifest is not null)
        {
            CheckWhatSchemasMiss(manifest, problems);
        }

        return problems;
    }

    private XDocument? ValidateAgainstSchemas(List<string> problems)
    {
        // The copies inside the package are what an LMS sees; the tool's own loader compiles them as inspect does.
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = Scorm12Schemas.Compile(name => Entries[name]) };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) => problems.Add($"XSD ({e.Severity}) line {e.Exception.LineNumber}: {e.Message}");
        using var manifestReader = XmlReader.Create(new MemoryStream(Entries["imsmanifest.xml"]), settings);
        return XDocument.Load(manifestReader, LoadOptions.SetLineInfo);
    }

    private void CheckWhatSchemasMiss(XDocument manifest, List<string> problems)
    {
        var root = manifest.Root!;
        if (!ManifestText.Contains("xmlns:adlcp=", StringComparison.Ordinal) || !ManifestText.Contains("adlcp:scormtype=\"sco\"", StringComparison.Ordinal))
        {
            problems.Add("The ADL namespace must use the literal prefix 'adlcp' (Moodle matches the string), with lower-case scormtype.");
        }

        if (root.Element(s_ims + "metadata")?.Element(s_ims + "schemaversion")?.Value != "1.2")
        {
            problems.Add("schemaversion must be exactly 1.2.");
        }

        var organizations = root.Element(s_ims + "organizations")!;
        var organization = organizations.Elements(s_ims + "organization")
            .FirstOrDefault(o => (string?)o.Attribute("identifier") == (string?)organizations.Attribute("default"));
        if (organization is null)
        {
            problems.Add("The default organisation does not exist.");
            return;
        }

        var resources = root.Element(s_ims + "resources")!.Elements(s_ims + "resource").ToList();
        var items = organization.Descendants(s_ims + "item").ToList();
        if (items.Count != 1 || resources.Count != 1)
        {
            problems.Add($"Expected one item and one resource (a single SCO), found {items.Count} and {resources.Count}.");
        }

        foreach (var titled in items.Prepend(organization))
        {
            if (string.IsNullOrWhiteSpace(titled.Element(s_ims + "title")?.Value))
            {
                problems.Add($"'{titled.Attribute("identifier")}' has no title.");
            }
        }

        foreach (var item in items)
        {
            var reference = (string?)item.Attribute("identifierref");
            var resource = resources.FirstOrDefault(r => (string?)r.Attribute("identifier") == reference);
            if (resource is null)
            {
                problems.Add($"Item identifierref '{reference}' names no resource.");
            }
            else if ((string?)resource.Attribute(s_adl + "scormtype") != "sco")
            {
                problems.Add("The resource is not a SCO: Moodle would mark it complete on launch.");
            }

            if (item.Element(s_adl + "masteryscore") is { } mastery &&
                !(int.TryParse(mastery.Value, out var score) && score is >= 0 and <= 100))
            {
                problems.Add($"masteryscore '{mastery.Value}' is not a number from 0 to 100.");
            }
        }

        var listed = resources.SelectMany(r => r.Elements(s_ims + "file")).Select(f => (string)f.Attribute("href")!).ToList();
        foreach (var href in listed.Where(h => h.Any(c => c > 127 || char.IsWhiteSpace(c))))
        {
            problems.Add($"File href '{href}' has spaces or non-ASCII characters.");
        }

        var inZip = Entries.Keys.Where(k => k != "imsmanifest.xml").ToHashSet(StringComparer.Ordinal);
        problems.AddRange(inZip.Except(listed).Select(f => $"'{f}' is in the zip but not listed as a <file>."));
        problems.AddRange(listed.Except(inZip).Select(f => $"<file href='{f}'> is not in the zip."));
        if (Entries.Keys.Count(k => k.EndsWith("imsmanifest.xml", StringComparison.Ordinal)) != 1)
        {
            problems.Add("The zip must hold exactly one imsmanifest.xml, at its root.");
        }
    }
}
