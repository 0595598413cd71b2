using System.ComponentModel;
using ScormBuilder.Rendering;
using ScormBuilder.Rendering.Models;

namespace ScormBuilder.Kinds.CaseStudies;

[Template("case-study")]
[Description("A case study: a summary, a credit and the case.")]
internal sealed record CaseStudyValues : TemplateValues
{
    [Description("The part's id.")]
    public required string Id { get; init; }

    [Description("The part's title.")]
    public required string Title { get; init; }

    [Description("The case study's summary.")]
    public required string? Summary { get; init; }

    [Description("Whose case it is or where it comes from.")]
    public required string? Credit { get; init; }

    [Description("The case study's Markdown as HTML.")]
    public required RawHtml Body { get; init; }
}
