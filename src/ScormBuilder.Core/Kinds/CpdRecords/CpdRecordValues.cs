using System.ComponentModel;
using ScormBuilder.Rendering;
using ScormBuilder.Rendering.Models;

namespace ScormBuilder.Kinds.CpdRecords;

[Template("cpd-record")]
[Description("The learner's CPD record: what the build knows about the course, with empty slots the runtime fills in (the date, time, score and the learner's answers).")]
internal sealed record CpdRecordValues : TemplateValues
{
    [Description("The part's id.")]
    public required string Id { get; init; }

    [Description("The part's title.")]
    public required string Title { get; init; }

    [Description("The record's Markdown as HTML.")]
    public required RawHtml Body { get; init; }

    [Description("The course's title.")]
    public required string CourseTitle { get; init; }

    [Description("The record's `provider:`, else the course's authors joined by commas.")]
    public required string? Provider { get; init; }

    [Description("The record's `learning_type:`.")]
    public required string? LearningType { get; init; }

    [Description("Whether the course has a quiz, whose score the record shows.")]
    public required bool HasQuiz { get; init; }

    [Description("The texts of the course's learning outcomes.")]
    public required IReadOnlyList<string> Outcomes { get; init; }

    [Description("The reflection's prompts in runs that share a `section:`; none without a reflection.")]
    public required IReadOnlyList<CpdRecordSectionValues> Sections { get; init; }

    [Description("The reflection's actions; none without a reflection.")]
    public required IReadOnlyList<CpdRecordActionValues> Actions { get; init; }

    [Description("The CPD standards the record maps the course to.")]
    public required IReadOnlyList<CpdRecordStandardValues> Standards { get; init; }

    [Description("The record's `reminder:`.")]
    public required string? Reminder { get; init; }

    [Description("The date of course.yaml's latest review (any role or version), as yyyy-mm-dd; `null` when the course records none.")]
    public required string? LastReviewed { get; init; }
}

internal sealed record CpdRecordSectionValues : TemplateValues
{
    [Description("The section's title, or `null` for prompts without a `section:`.")]
    public required string? Title { get; init; }

    [Description("The section's prompts.")]
    public required IReadOnlyList<CpdRecordPromptValues> Prompts { get; init; }
}

internal sealed record CpdRecordPromptValues : TemplateValues
{
    [Description("The prompt's id, which names the slot for the learner's answer.")]
    public required string Id { get; init; }

    [Description("The prompt's question.")]
    public required string Text { get; init; }
}

internal sealed record CpdRecordActionValues : TemplateValues
{
    [Description("The action's place, from 0, which names the slots for it and its date.")]
    public required int Index { get; init; }

    [Description("The action's number, from 1.")]
    public required int Number { get; init; }
}

internal sealed record CpdRecordStandardValues : TemplateValues
{
    [Description("The standard, in the author's words.")]
    public required string Standard { get; init; }

    [Description("How the course and its record help the learner meet it.")]
    public required string Evidence { get; init; }
}
