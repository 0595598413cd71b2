using System.Globalization;
using ScormBuilder.Diagnostics;
using ScormBuilder.Kinds.Shared.Questions;
using ScormBuilder.Model;
using ScormBuilder.Validation;

namespace ScormBuilder.Kinds.Quizzes.ItemWriting;

/// <summary>
/// The item-writing checks on the quiz (docs/item-writing.md), after the NBME's item-writing guide and Haladyna,
/// Downing and Rodriguez's (2002) guidelines: each question's own cues, the bank's patterns, quiz questions that
/// repeat a knowledge check, and outcomes with too few questions. Reported only under '--lint'.
/// </summary>
internal sealed class ItemWritingRules : ICourseRule
{
    /// <summary>Fewer questions than this on an outcome cannot tell whether a learner meets it.</summary>
    public const int QuestionsPerOutcome = 3;

    public void Check(Course course, DiagnosticBag diagnostics)
    {
        if (course.Quiz is not { } quiz || !diagnostics.Reports(ValidationDiagnostics.KeyIsLongest))
        {
            return;
        }

        LintAllowance AllowanceOf(Question q) => quiz.Allowances.GetValueOrDefault(q.Id, LintAllowance.None);
        foreach (var question in quiz.Questions)
        {
            QuestionFlaws.Check(question, AllowanceOf(question), diagnostics);
        }

        BankPatterns.Check(quiz, AllowanceOf, diagnostics);
        CheckRepeatedChecks(course, quiz, AllowanceOf, diagnostics);
        CheckQuestionsPerOutcome(course, quiz, diagnostics);
    }

    private static void CheckRepeatedChecks(Course course, Quiz quiz, Func<Question, LintAllowance> allowanceOf, DiagnosticBag diagnostics)
    {
        var checks = course.Parts.SelectMany(p => p.Bodies).SelectMany(b => b.Blocks).OfType<IQuestionBlock>()
            .Select(c => (Check: c, Words: StemSimilarity.WordsOf(c.Question))).ToList();
        if (checks.Count == 0)
        {
            return;
        }

        foreach (var question in quiz.Questions.Where(q => !allowanceOf(q).Allows(ValidationDiagnostics.StemRepeatsCheck)))
        {
            var words = StemSimilarity.WordsOf(question);
            var nearest = checks.Select(c => (c.Check, Share: StemSimilarity.Similarity(words, c.Words))).MaxBy(c => c.Share);
            if (nearest.Share >= StemSimilarity.Threshold)
            {
                diagnostics.Report(ValidationDiagnostics.StemRepeatsCheck, question.Location,
                    $"Question '{question.Id}' shares {Percent(nearest.Share)} of its words with knowledge check '{nearest.Check.Question.Id}' ({nearest.Check.Question.Location}), so it tests recall of the check, not transfer. Ask about a new case, in new words.");
            }
        }
    }

    private static void CheckQuestionsPerOutcome(Course course, Quiz quiz, DiagnosticBag diagnostics)
    {
        foreach (var outcome in course.Outcomes)
        {
            var count = quiz.Questions.Count(q => q.Outcomes.Any(o => o.Id == outcome.Id));
            // None at all is already an error (SB2006).
            if (count is > 0 and < QuestionsPerOutcome)
            {
                diagnostics.Report(ValidationDiagnostics.FewQuestionsForOutcome, outcome.Location,
                    $"Outcome '{outcome.Id}' is assessed by {count} question(s); {QuestionsPerOutcome} at least tell whether a learner meets it and give a draw a choice. Write more questions with 'outcomes: [{outcome.Id}]'.");
            }
        }
    }

    private static string Percent(double share) => (share * 100).ToString("0", CultureInfo.InvariantCulture) + "%";
}
