using System.ComponentModel;
using ScormBuilder.Rendering;
using ScormBuilder.Rendering.Models;

namespace ScormBuilder.Kinds.Shared.Questions;

[Template("question", "question-hint", "question-feedback", "check")]
[Description("One question: each of the quiz's `questions`, and a knowledge check (`check`, with `number` `0`, and no `title` or `body`). " +
    "`question` (the question's controls), `question-hint` (the hint after its text) and `question-feedback` (the feedback after an answer) are included with it in scope.")]
internal sealed record QuestionValues : TemplateValues
{
    [Description("The question's id, which is also its element id and its inputs' name.")]
    public required string Id { get; init; }

    [Description("The question's number in the quiz, from 1; `0` for a knowledge check.")]
    public required int Number { get; init; }

    [Description("The question's text.")]
    public required string Text { get; init; }

    [Description("Its type: `true-false`, `single-choice`, `multiple-response`, `matching` or `ordering`.")]
    public required string Type { get; init; }

    [Description("Whether the learner may pick more than one option (a `multiple-response` question).")]
    public required bool Multiple { get; init; }

    [Description("`checkbox` for a `multiple-response` question, else `radio`.")]
    public required string InputType { get; init; }

    [Description("What the learner picks from: the choices, a matching question's targets, or an ordering question's items in their first, scrambled order.")]
    public required IReadOnlyList<QuestionOptionValues> Options { get; init; }

    [Description("A matching question's items; none for other types.")]
    public required IReadOnlyList<QuestionPairValues> Pairs { get; init; }

    [Description("The feedback after a right answer.")]
    public required string CorrectFeedback { get; init; }

    [Description("The feedback after a wrong answer.")]
    public required string WrongFeedback { get; init; }

    [Description("Whether the feedback after a wrong answer links to the part to review (`session`): in the quiz, not in a knowledge check, which sits in that part.")]
    public required bool Review { get; init; }

    [Description("The part to review after a wrong answer: the session a quiz question names, or the part a knowledge check sits in.")]
    public required QuestionSessionValues Session { get; init; }
}

internal sealed record QuestionOptionValues : TemplateValues
{
    [Description("The option's one-character id, its input's value.")]
    public required string Id { get; init; }

    [Description("The option's text.")]
    public required string Text { get; init; }

    [Description("The element id of its input: the question's id, a dash and the option's id.")]
    public required string InputId { get; init; }
}

internal sealed record QuestionPairValues : TemplateValues
{
    [Description("The item's one-character id.")]
    public required string Id { get; init; }

    [Description("The item's text.")]
    public required string Item { get; init; }

    [Description("The element id of its list of targets: the question's id, a dash and the item's id.")]
    public required string InputId { get; init; }
}

internal sealed record QuestionSessionValues : TemplateValues
{
    [Description("The part's id, for a link to it.")]
    public required string Id { get; init; }

    [Description("The part's title; empty when a knowledge check sits in a transcript, which is not a part.")]
    public required string Title { get; init; }
}
