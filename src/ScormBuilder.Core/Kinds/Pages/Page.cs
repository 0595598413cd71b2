using ScormBuilder.Diagnostics;
using ScormBuilder.Model;

namespace ScormBuilder.Kinds.Pages;

/// <summary>A page of Markdown: a welcome, references, anything that is read rather than done.</summary>
public sealed record Page(string Id, string Title, bool Required, string SourcePath, SourceLocation IdLocation, MarkdownSource Body)
    : Part(Id, Title, Required, SourcePath, IdLocation)
{
    public override string Kind => PageKind.Name;

    public override IEnumerable<MarkdownSource> Bodies => [Body];
}
