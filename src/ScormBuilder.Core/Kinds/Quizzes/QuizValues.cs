using System.ComponentModel;
using ScormBuilder.Kinds.Shared.Questions;
using ScormBuilder.Rendering;
using ScormBuilder.Rendering.Models;

namespace ScormBuilder.Kinds.Quizzes;

[Template("quiz")]
[Description("The quiz: every question on the page, for the runtime to show an attempt's draw. It has no `body`.")]
internal sealed record QuizValues : TemplateValues
{
    [Description("The part's id.")]
    public required string Id { get; init; }

    [Description("The part's title.")]
    public required string Title { get; init; }

    [Description("The quiz's `introduction:`.")]
    public required string? Introduction { get; init; }

    [Description("The pass mark, in per cent.")]
    public required int PassMark { get; init; }

    [Description("How many questions an attempt asks: all of them, or the number its `draw:` takes.")]
    public required int Asked { get; init; }

    [Description("Every question, numbered from 1 in the order of quiz.yaml.")]
    public required IReadOnlyList<QuestionValues> Questions { get; init; }
}
