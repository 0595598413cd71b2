using System.ComponentModel;
using ScormBuilder.Rendering;
using ScormBuilder.Rendering.Models;

namespace ScormBuilder.Kinds.Reflections;

[Template("reflection")]
[Description("The reflection: prompts the learner answers in their own words, and a dated action plan.")]
internal sealed record ReflectionValues : TemplateValues
{
    [Description("The part's id.")]
    public required string Id { get; init; }

    [Description("The part's title.")]
    public required string Title { get; init; }

    [Description("The reflection's Markdown as HTML.")]
    public required RawHtml Body { get; init; }

    [Description("The prompts in runs that share a `section:`, in order.")]
    public required IReadOnlyList<ReflectionSectionValues> Sections { get; init; }

    [Description("The action plan's actions: none, or one to five.")]
    public required IReadOnlyList<ReflectionActionValues> Actions { get; init; }
}

internal sealed record ReflectionSectionValues : TemplateValues
{
    [Description("The section's title, or `null` for prompts without a `section:`.")]
    public required string? Title { get; init; }

    [Description("The section's prompts.")]
    public required IReadOnlyList<ReflectionPromptValues> Prompts { get; init; }
}

internal sealed record ReflectionPromptValues : TemplateValues
{
    [Description("The prompt's id, under which its answer is saved.")]
    public required string Id { get; init; }

    [Description("The prompt's question.")]
    public required string Text { get; init; }

    [Description("The hint under it.")]
    public required string? Hint { get; init; }

    [Description("The longest answer the learner may write, in characters.")]
    public required int MaxLength { get; init; }

    [Description("The element id of its text box: the reflection's id, a dash and the prompt's id.")]
    public required string InputId { get; init; }
}

internal sealed record ReflectionActionValues : TemplateValues
{
    [Description("The action's place, from 0, under which the runtime saves it.")]
    public required int Index { get; init; }

    [Description("The action's number, from 1.")]
    public required int Number { get; init; }

    [Description("The element id of its text box (its date's is this with `-date` after it).")]
    public required string InputId { get; init; }

    [Description("The longest action the learner may write, in characters.")]
    public required int MaxLength { get; init; }
}
