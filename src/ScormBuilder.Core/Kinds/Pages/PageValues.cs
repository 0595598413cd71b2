using System.ComponentModel;
using ScormBuilder.Rendering;
using ScormBuilder.Rendering.Models;

namespace ScormBuilder.Kinds.Pages;

[Template("page")]
[Description("A page: Markdown with an id and a title.")]
internal sealed record PageValues : TemplateValues
{
    [Description("The part's id.")]
    public required string Id { get; init; }

    [Description("The part's title.")]
    public required string Title { get; init; }

    [Description("The page's Markdown as HTML, a paragraph of `{{outcomes}}` as the outcomes list.")]
    public required RawHtml Body { get; init; }
}
