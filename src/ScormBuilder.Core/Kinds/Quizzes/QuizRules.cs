using ScormBuilder.Diagnostics;
using ScormBuilder.Kinds.Sessions;
using ScormBuilder.Loading;
using ScormBuilder.Model;
using ScormBuilder.Validation;

namespace ScormBuilder.Kinds.Quizzes;

/// <summary>Every question answerable, tied to a real session, and the pass mark the same as the LMS's.</summary>
internal sealed class QuizRules : ICourseRule
{
    public void Check(Course course, DiagnosticBag diagnostics)
    {
        var quiz = course.Parts.OfType<Quiz>().FirstOrDefault();
        if (course.MasteryScore is { } mastery && quiz is not null && mastery != quiz.PassMark)
        {
            diagnostics.Report(ValidationDiagnostics.MasteryScoreMismatch, course.MasteryScoreLocation,
                $"mastery_score is {mastery} but the quiz's pass_mark is {quiz.PassMark}. The LMS would judge pass or fail differently from the course; make them equal.");
        }

        if (quiz is null)
        {
            return;
        }

        if (quiz.Questions.Count == 0)
        {
            diagnostics.Report(ValidationDiagnostics.QuizWithoutQuestions, quiz.IdLocation);
        }

        DrawRules.Check(quiz, diagnostics);
        var sessionIds = course.Parts.OfType<Session>().Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var question in quiz.Questions)
        {
            CheckAnswers(question, diagnostics);
            if (!sessionIds.Contains(question.Session.Id))
            {
                diagnostics.Report(ValidationDiagnostics.UnknownSession, question.Session.Location,
                    $"Question '{question.Id}' names session '{question.Session.Id}', which does not exist.{Suggest.DidYouMean(question.Session.Id, sessionIds)} Sessions: {string.Join(", ", sessionIds)}.");
            }
        }
    }

    /// <summary>Reports a question that cannot be answered right; knowledge checks hold their question to it too.</summary>
    internal static void CheckAnswers(Question question, DiagnosticBag diagnostics)
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
