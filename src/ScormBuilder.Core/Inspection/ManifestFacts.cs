using System.Xml;
using System.Xml.Linq;

namespace ScormBuilder.Inspection;

/// <summary>One item of an organisation: what it launches and the limits the LMS applies to it.</summary>
public sealed record ItemFacts(string Identifier, string Title, string? ResourceId, string? MasteryScore, string? MaxTimeAllowed,
    IReadOnlyList<ItemFacts> Items, int Line)
{
    /// <summary>adlcp:datafromlms: the launch data the LMS hands the SCO.</summary>
    public string? DataFromLms { get; init; }
}

public sealed record OrganisationFacts(string Identifier, string Title, bool IsDefault, IReadOnlyList<ItemFacts> Items);

/// <summary>One resource: a SCO (tracked) or an asset, its launch href and the files it lists, all relative to the zip's root.</summary>
public sealed record ResourceFacts(string Identifier, string? ScormType, string? Href, IReadOnlyList<string> Files, int Line)
{
    public bool IsSco => ScormType == "sco";

    /// <summary>
    /// The query and fragment of the href as written (such as "?lang=en"), or "": <see cref="Href"/> is the file, and
    /// the LMS launches the file with these.
    /// </summary>
    public string HrefQuery { get; init; } = "";
}

/// <summary>What a SCORM 1.2 manifest says about the course, read from its elements (never from file names).</summary>
public sealed record ManifestFacts(string? Title, string? Version, string? Schema, string? SchemaVersion, string? MetadataLocation,
    bool HasLom, string? Description, IReadOnlyList<OrganisationFacts> Organisations, IReadOnlyList<ResourceFacts> Resources)
{
    public static readonly XNamespace Ims = ManifestDocument.ImsNamespace;
    public static readonly XNamespace Adl = "http://www.adlnet.org/xsd/adlcp_rootv1p2";

    /// <summary>The LOM's general keywords, which platforms such as NHS Learning Hub store.</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>The LOM's rights description: the copyright statement a platform stores.</summary>
    public string? Copyright { get; init; }

    /// <summary>The organisation an LMS plays: the one 'default' names, else the first.</summary>
    public OrganisationFacts? DefaultOrganisation => Organisations.FirstOrDefault(o => o.IsDefault) ?? Organisations.FirstOrDefault();

    /// <summary>The first item of the default organisation that launches a resource with an href.</summary>
    public (ItemFacts Item, ResourceFacts Resource)? Launch =>
        DefaultOrganisation is { } organisation
            ? Flatten(organisation.Items).Select(i => (Item: i, Resource: Resource(i.ResourceId))).Where(p => p.Resource?.Href is not null)
                .Select(p => ((ItemFacts, ResourceFacts)?)(p.Item, p.Resource!)).FirstOrDefault()
            : null;

    private Dictionary<string, ResourceFacts>? _byId;

    /// <summary>The resource <paramref name="id"/> names (the first, when a broken manifest repeats an identifier).</summary>
    public ResourceFacts? Resource(string? id)
    {
        _byId ??= Resources.GroupBy(r => r.Identifier, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return id is null ? null : _byId.GetValueOrDefault(id);
    }

    public static IEnumerable<ItemFacts> Flatten(IEnumerable<ItemFacts> items) => items.SelectMany(i => Flatten(i.Items).Prepend(i));

    public static ManifestFacts Read(XDocument document)
    {
        var root = document.Root!;
        var metadata = root.Element(Ims + "metadata");
        var lom = metadata?.Elements().FirstOrDefault(e => e.Name.LocalName == "lom");
        var organizations = root.Element(Ims + "organizations");
        var defaultId = (string?)organizations?.Attribute("default");
        var organisations = organizations?.Elements(Ims + "organization")
            .Select(o => new OrganisationFacts(Id(o), TitleOf(o), Id(o) == defaultId, Items(o))).ToList() ?? [];
        var resourcesElement = root.Element(Ims + "resources");
        var resources = resourcesElement?.Elements(Ims + "resource").Select(r => Resource(r, Base(root, resourcesElement))).ToList() ?? [];
        return new ManifestFacts(
            organisations.FirstOrDefault(o => o.IsDefault)?.Title ?? organisations.FirstOrDefault()?.Title ?? LomText(lom, "general", "title"),
            LomText(lom, "lifecycle", "version") ?? Trimmed((string?)root.Attribute("version")),
            Trimmed(metadata?.Element(Ims + "schema")?.Value), Trimmed(metadata?.Element(Ims + "schemaversion")?.Value),
            Trimmed(metadata?.Element(Adl + "location")?.Value), lom is not null, LomText(lom, "general", "description"),
            organisations, resources)
        {
            Keywords = [.. LomSection(lom, "general")?.Elements().Where(e => e.Name.LocalName == "keyword")
                .Select(k => Trimmed(k.Descendants().FirstOrDefault(e => e.Name.LocalName == "langstring")?.Value)).OfType<string>() ?? []],
            Copyright = LomText(lom, "rights", "description"),
        };
    }

    private static XElement? LomSection(XElement? lom, string section) => lom?.Elements().FirstOrDefault(e => e.Name.LocalName == section);

    // Items nest; a hostile manifest nests them a million deep, so reading stops at a depth no course reaches.
    private const int MaxItemDepth = 32;

    private static List<ItemFacts> Items(XElement parent, int depth = 0) => depth >= MaxItemDepth ? [] :
        [.. parent.Elements(Ims + "item").Select(i => new ItemFacts(Id(i), TitleOf(i), Trimmed((string?)i.Attribute("identifierref")),
            Trimmed(i.Element(Adl + "masteryscore")?.Value), Trimmed(i.Element(Adl + "maxtimeallowed")?.Value), Items(i, depth + 1), Line(i))
        {
            DataFromLms = Trimmed(i.Element(Adl + "datafromlms")?.Value),
        })];

    private static ResourceFacts Resource(XElement resource, string resourcesBase)
    {
        var prefix = resourcesBase + Base(resource, resource);
        var href = (string?)resource.Attribute("href");
        return new ResourceFacts(Id(resource), (string?)resource.Attribute(Adl + "scormtype"), Href(href, prefix),
            [.. resource.Elements(Ims + "file").Select(f => Href((string?)f.Attribute("href"), prefix)).OfType<string>()], Line(resource))
        {
            HrefQuery = Href(href, "") is null ? "" : Query(href!.Trim()),
        };
    }

    private static string Base(XElement from, XElement element) => (string?)element.Attribute(XNamespace.Xml + "base") is { Length: > 0 } b
        ? (b.EndsWith('/') ? b : b + "/")
        : "";

    /// <summary>An href as a zip path: under its xml:base, without query or fragment, percent-decoded; null for another host's address.</summary>
    private static string? Href(string? href, string prefix)
    {
        if (string.IsNullOrWhiteSpace(href) || href.Contains("://", StringComparison.Ordinal))
        {
            return null;
        }

        var path = href.Trim().Split('?', '#')[0];
        return Uri.UnescapeDataString(prefix + path);
    }

    private static string Query(string href) => href.IndexOfAny(['?', '#']) is var at and >= 0 ? href[at..] : "";

    private static string Id(XElement element) => (string?)element.Attribute("identifier") ?? "";

    private static string TitleOf(XElement element) => Trimmed(element.Element(Ims + "title")?.Value) ?? "";

    private static int Line(XElement element) => ((IXmlLineInfo)element).LineNumber;

    private static string? LomText(XElement? lom, string section, string field) =>
        Trimmed(lom?.Elements().FirstOrDefault(e => e.Name.LocalName == section)?.Elements().FirstOrDefault(e => e.Name.LocalName == field)
            ?.Descendants().FirstOrDefault(e => e.Name.LocalName == "langstring")?.Value);

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
