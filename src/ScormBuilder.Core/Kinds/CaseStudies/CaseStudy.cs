using ScormBuilder.Diagnostics;
using ScormBuilder.Model;

namespace ScormBuilder.Kinds.CaseStudies;

/// <summary>A case study, linked from the session it illustrates, with a credit to its source.</summary>
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
    public override string Kind => CaseStudyKind.Name;

    public override IEnumerable<MarkdownSource> Bodies => [Body];
}
