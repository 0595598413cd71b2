using ScormBuilder.Diagnostics;

namespace ScormBuilder.Model;

/// <summary>
/// One stop in the course's order: a page, session, case study, reflection or quiz. Its <see cref="Id"/> is
/// what learners' saved progress refers to, so it must stay stable across rebuilds.
/// </summary>
public abstract record Part(string Id, string Title, bool Required, string SourcePath, SourceLocation IdLocation)
{
    /// <summary>The kind's name in templates, CSS classes and the runtime's data.</summary>
    public abstract string Kind { get; }
}

/// <summary>
/// A parsed Markdown body. Its links already point at course-relative paths ('case-studies/kathy.md#intro',
/// 'media/x.png'); <see cref="Links"/> lists them with their places for the cross-file checks.
/// </summary>
public sealed record MarkdownSource(string Path, Markdig.Syntax.MarkdownDocument Document, IReadOnlyList<MarkdownLink> Links);

/// <summary>A link or image in Markdown. <see cref="Target"/> is a course-relative path, or an external URL.</summary>
public sealed record MarkdownLink(string Target, string? Anchor, bool IsImage, bool IsExternal, SourceLocation Location);

public sealed record Page(string Id, string Title, bool Required, string SourcePath, SourceLocation IdLocation, MarkdownSource Body)
    : Part(Id, Title, Required, SourcePath, IdLocation)
{
    public override string Kind => "page";
}

public sealed record Session(
    string Id,
    string Title,
    bool Required,
    string SourcePath,
    SourceLocation IdLocation,
    string Summary,
    int? DurationMinutes,
    IReadOnlyList<Reference> Outcomes,
    Video? Video,
    Transcript? Transcript,
    MarkdownSource Body)
    : Part(Id, Title, Required, SourcePath, IdLocation)
{
    public override string Kind => "session";
}

public sealed record CaseStudy(
    string Id,
    string Title,
    bool Required,
    string SourcePath,
    SourceLocation IdLocation,
    string? Summary,
    string? Credit,
    MarkdownSource Body)
    : Part(Id, Title, Required, SourcePath, IdLocation)
{
    public override string Kind => "case-study";
}

public sealed record Transcript(string Id, string Title, string SourcePath, SourceLocation IdLocation, MarkdownSource Body);

/// <summary>A video on a session page. Paths are relative to the course folder.</summary>
public sealed record Video(string File, string? Captions, SourceLocation Location);

/// <summary>An id written in one file that must name something defined in another.</summary>
public sealed record Reference(string Id, SourceLocation Location);
