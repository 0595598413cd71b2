using ScormBuilder.Diagnostics;
using ScormBuilder.Kinds.Shared.Questions;

namespace ScormBuilder.Kinds.Quizzes.ItemWriting;

/// <summary>
/// Cues across the whole bank, each reported once at the quiz's id: most options right in most multiple-response
/// questions, the key usually the longest option, and keys in one position when options are shown as written.
/// A question that allows a check is left out of its count.
/// </summary>
internal static class BankPatterns
{
    public static void Check(Quiz quiz, Func<Question, LintAllowance> allowanceOf, DiagnosticBag diagnostics)
    {
        List<Question> Counted(QuestionType type, DiagnosticDescriptor check) =>
            [.. quiz.Questions.Where(q => q.Type == type && !allowanceOf(q).Allows(check))];

        var multiple = Counted(QuestionType.MultipleResponse, ValidationDiagnostics.MostOptionsRight);
        var mostRight = multiple.Where(q => 2 * q.CorrectOptions.Count() > q.Options.Count).ToList();
        if (2 * mostRight.Count > multiple.Count)
        {
            diagnostics.Report(ValidationDiagnostics.MostOptionsRight, quiz.IdLocation,
                $"{mostRight.Count} of {multiple.Count} multiple-response questions mark most of their options right ({Ids(mostRight)}), so ticking everything scores well. Make fewer options right than wrong in at least half of them.");
        }

        var single = Counted(QuestionType.SingleChoice, ValidationDiagnostics.LongestKeysInBank);
        var longest = single.Where(QuestionFlaws.KeyIsLongest).ToList();
        if (3 * longest.Count > single.Count)
        {
            diagnostics.Report(ValidationDiagnostics.LongestKeysInBank, quiz.IdLocation,
                $"{longest.Count} of {single.Count} single-choice questions key their longest option ({Ids(longest)}), so 'pick the longest' beats chance. Keep it to about a third at most: shorten keys or lengthen distractors.");
        }

        var asWritten = Counted(QuestionType.SingleChoice, ValidationDiagnostics.KeyPositionPattern)
            .Where(q => !quiz.Draw.ShufflesOptions(q) && q.CorrectOptions.Count() == 1).ToList();
        var positions = asWritten.GroupBy(q => q.Options.ToList().FindIndex(o => o.Correct)).MaxBy(g => g.Count());
        if (asWritten.Count >= 3 && positions is not null && 2 * positions.Count() > asWritten.Count)
        {
            diagnostics.Report(ValidationDiagnostics.KeyPositionPattern, quiz.IdLocation,
                $"{positions.Count()} of {asWritten.Count} single-choice questions shown as written have their key in position {positions.Key + 1} ({Ids(positions)}), a pattern learners find. Move some keys, or let the options shuffle.");
        }
    }

    private static string Ids(IEnumerable<Question> questions)
    {
        var ids = questions.Select(q => q.Id).ToList();
        return ids.Count <= 6 ? string.Join(", ", ids) : $"{string.Join(", ", ids.Take(6))} and {ids.Count - 6} more";
    }
}
