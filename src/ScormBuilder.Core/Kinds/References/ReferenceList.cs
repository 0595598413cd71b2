using ScormBuilder.Diagnostics;
using ScormBuilder.Model;

namespace ScormBuilder.Kinds.References;

/// <summary>
/// The course's references page (references.yaml): an intro, groups of references under headings, and closing
/// text. Each reference says when and how it was last checked, so the build can warn when a check is old or missing.
/// </summary>
public sealed record ReferenceList(
    string Id,
    string Title,
    bool Required,
    string SourcePath,
    SourceLocation IdLocation,
    MarkdownSource? Intro,
    IReadOnlyList<ReferenceGroup> Groups,
    MarkdownSource? Outro)
    : Part(Id, Title, Required, SourcePath, IdLocation)
{
    public override string Kind => ReferencesKind.Name;

    public override IEnumerable<MarkdownSource> Bodies =>
        [.. Intro is null ? [] : new[] { Intro }, .. Groups.SelectMany(g => g.Bodies), .. Outro is null ? [] : new[] { Outro }];

    public IEnumerable<CourseReference> All => Groups.SelectMany(g => g.References);

    /// <summary>The element id of a reference on the page: the part's id, two dashes and the reference's id.</summary>
    public string HtmlIdOf(string referenceId) => $"{Id}--{referenceId}";
}

/// <summary>References under one heading (none for the file's top-level 'references:'), with optional text above them.</summary>
public sealed record ReferenceGroup(string? Heading, MarkdownSource? Intro, IReadOnlyList<CourseReference> References)
{
    public IEnumerable<MarkdownSource> Bodies =>
        [.. Intro is null ? [] : new[] { Intro }, .. References.Select(r => r.Note).OfType<MarkdownSource>()];
}

/// <summary>One reference: what it is, where it is, and its last check (date and way), if it has had one.</summary>
public sealed record CourseReference(
    string Id,
    string Title,
    string? Author,
    string? Publisher,
    string? Date,
    string? Url,
    MarkdownSource? Note,
    ReferenceCheck? Checked,
    SourceLocation Location);

/// <summary>When a reference was last checked, and whether against the live page or a stored copy.</summary>
public sealed record ReferenceCheck(DateOnly Date, string How, SourceLocation Location)
{
    public const string Live = "live";

    public const string Stored = "stored";
}
