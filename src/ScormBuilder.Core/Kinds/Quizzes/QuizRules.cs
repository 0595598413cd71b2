using ScormBuilder.Diagnostics;
using ScormBuilder.Kinds.Shared.Teaching;
using ScormBuilder.Kinds.Shared.Questions;
using ScormBuilder.Loading;
using ScormBuilder.Model;
using ScormBuilder.Validation;

namespace ScormBuilder.Kinds.Quizzes;

/// <summary>Every question answerable, tied to a real session, and the pass mark the same as the LMS's.</summary>
internal sealed class QuizRules : ICourseRule
{
    public void Check(Course course, DiagnosticBag diagnostics)
    {
        var quiz = course.Quiz;
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
        var sessionIds = course.TeachingParts.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var question in quiz.Questions)
        {
            AnswerRules.Check(question, diagnostics);
            if (!sessionIds.Contains(question.Session.Id))
            {
                diagnostics.Report(ValidationDiagnostics.UnknownSession, question.Session.Location,
                    $"Question '{question.Id}' names session '{question.Session.Id}', which does not exist.{Suggest.DidYouMean(question.Session.Id, sessionIds)} Sessions: {string.Join(", ", sessionIds)}.");
            }
        }
    }
}
