using ScormBuilder.Diagnostics;

namespace ScormBuilder.Kinds.Shared.Questions;

/// <summary>A question that can be answered right, wherever it is asked: the quiz and the knowledge checks hold theirs to it.</summary>
internal static class AnswerRules
{
    public static void Check(Question question, DiagnosticBag diagnostics)
    {
        if (question.Type is QuestionType.Matching or QuestionType.Ordering)
        {
            ItemRules.Check(question, diagnostics);
            return;
        }

        if (question.Type == QuestionType.TrueFalse)
        {
            return;
        }

        if (question.Options.Count < 2)
        {
            diagnostics.Report(ValidationDiagnostics.TooFewOptions, question.Location,
                $"Question '{question.Id}' has {question.Options.Count} option(s). Give it at least two.");
        }

        foreach (var duplicate in question.Options.GroupBy(o => o.Id).Where(g => g.Count() > 1))
        {
            diagnostics.Report(ValidationDiagnostics.DuplicateId, duplicate.Last().Location,
                $"Option id '{duplicate.Key}' is used twice in question '{question.Id}'. Give each option its own letter.");
        }

        var correct = question.CorrectOptions.Count();
        if (correct == 0)
        {
            diagnostics.Report(ValidationDiagnostics.WrongCorrectAnswerCount, question.Location,
                $"Question '{question.Id}' has no correct answer. Mark the right option(s) with 'correct: true'.");
        }
        else if (question.Type == QuestionType.SingleChoice && correct > 1)
        {
            diagnostics.Report(ValidationDiagnostics.WrongCorrectAnswerCount, question.Location,
                $"Single-choice question '{question.Id}' has {correct} correct options. Keep one, or make it 'multiple-response'.");
        }
    }
}
