using System.ComponentModel;
using ScormBuilder.Rendering;
using ScormBuilder.Rendering.Models;

namespace ScormBuilder.Kinds.References;

[Template("references")]
[Description("The references page (references.yaml): its intro, its groups of references and its closing text.")]
internal sealed record ReferencesValues : TemplateValues
{
    [Description("The part's id.")]
    public required string Id { get; init; }

    [Description("The part's title.")]
    public required string Title { get; init; }

    [Description("The file's `intro:` as HTML, or `null`.")]
    public required RawHtml? Intro { get; init; }

    [Description("The groups in order; the file's top-level `references:`, if any, come first as a group without a heading.")]
    public required IReadOnlyList<ReferenceGroupValues> Groups { get; init; }

    [Description("The file's `outro:` as HTML, or `null`.")]
    public required RawHtml? Outro { get; init; }
}

internal sealed record ReferenceGroupValues : TemplateValues
{
    [Description("The group's `heading:`, or `null` for the top-level references.")]
    public required string? Heading { get; init; }

    [Description("The group's `intro:` as HTML, or `null`.")]
    public required RawHtml? Intro { get; init; }

    [Description("The group's references, in the order of the file.")]
    public required IReadOnlyList<ReferenceValues> References { get; init; }
}

internal sealed record ReferenceValues : TemplateValues
{
    [Description("The reference's id, as the author wrote it: the label learners see.")]
    public required string Id { get; init; }

    [Description("The element id of its list item: the part's id, two dashes and the reference's id.")]
    public required string HtmlId { get; init; }

    [Description("Its `title:`.")]
    public required string Title { get; init; }

    [Description("Its `author:`, or `null`.")]
    public required string? Author { get; init; }

    [Description("Its `publisher:`, or `null`.")]
    public required string? Publisher { get; init; }

    [Description("Its `date:` as the page states it (free text), or `null`.")]
    public required string? Date { get; init; }

    [Description("Its `url:` (https:// or http://), or `null`.")]
    public required string? Url { get; init; }

    [Description("Its `note:` as HTML, or `null`.")]
    public required RawHtml? Note { get; init; }

    [Description("When it was last checked, as yyyy-mm-dd, or `null` when it never was.")]
    public required string? Checked { get; init; }

    [Description("How: `live` (the page itself) or `stored` (a stored copy), or `null` when it never was checked.")]
    public required string? CheckedHow { get; init; }
}
