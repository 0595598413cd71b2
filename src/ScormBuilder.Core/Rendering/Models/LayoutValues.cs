using System.ComponentModel;

namespace ScormBuilder.Rendering.Models;

[Template("layout")]
[Description("The page around the parts: the header, the contents, every part's rendered partial, and the course data the runtime reads.")]
internal sealed record LayoutValues : TemplateValues
{
    [Description("The course, from course.yaml.")]
    public required LayoutCourseValues Course { get; init; }

    [Description("The parts in the order of the course, each rendered by its partial.")]
    public required IReadOnlyList<LayoutPartValues> Parts { get; init; }

    [Description("How many parts are required: the progress bar's maximum.")]
    public required int RequiredCount { get; init; }

    [Description("The course data the learner runtime reads, as JSON.")]
    public required RawHtml DataJson { get; init; }
}

internal sealed record LayoutCourseValues : TemplateValues
{
    [Description("The course's title.")]
    public required string Title { get; init; }

    [Description("The course's language, such as `en-GB`.")]
    public required string Language { get; init; }

    [Description("The course's description.")]
    public required string Description { get; init; }

    [Description("The course's version.")]
    public required string Version { get; init; }
}

internal sealed record LayoutPartValues : TemplateValues
{
    [Description("The part's id, which is also its element id on the page.")]
    public required string Id { get; init; }

    [Description("The part's kind, which is also the name of its partial (`page`, `session`, `quiz`, …).")]
    public required string Kind { get; init; }

    [Description("The part's title.")]
    public required string Title { get; init; }

    [Description("Whether the part counts toward the course's completion, as the runtime's data says.")]
    public required bool Required { get; init; }

    [Description("The part as its partial rendered it.")]
    public required RawHtml? Html { get; init; }
}
