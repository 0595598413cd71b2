using System.Text.RegularExpressions;
using ScormBuilder.Diagnostics;
using ScormBuilder.Kinds.Shared.Questions;

namespace ScormBuilder.Kinds.Quizzes.ItemWriting;

/// <summary>
/// The cues one question can give away on its own: a single-choice key as long as the longest option, an "all/none
/// of the above" option, and a true/false statement whose absolute word or qualifier tells its answer.
/// </summary>
internal static partial class QuestionFlaws
{
    /// <summary>A key at least this share of the longest distractor's length counts as the longest.</summary>
    public const double LongestShare = 0.9;

    public static void Check(Question question, LintAllowance allowance, DiagnosticBag diagnostics)
    {
        if (question.Type == QuestionType.SingleChoice && !allowance.Allows(ValidationDiagnostics.KeyIsLongest))
        {
            CheckKeyLength(question, diagnostics);
        }

        if (question.Type is QuestionType.SingleChoice or QuestionType.MultipleResponse && !allowance.Allows(ValidationDiagnostics.AllOrNoneOfTheAbove))
        {
            foreach (var option in question.Options.Where(o => AllOrNone().IsMatch(o.Text)))
            {
                diagnostics.Report(ValidationDiagnostics.AllOrNoneOfTheAbove, option.Location,
                    $"Option '{option.Id}' of question '{question.Id}' is '{DiagnosticText.Quote(option.Text)}', which learners answer by spotting two right options or one wrong one. Replace it with a plausible answer of its own.");
            }
        }

        if (question.Type == QuestionType.TrueFalse && !allowance.Allows(ValidationDiagnostics.TrueFalseGiveaway))
        {
            CheckTrueFalse(question, diagnostics);
        }
    }

    /// <summary>Whether the key of a single-choice question is its longest option (ties included).</summary>
    public static bool KeyIsLongest(Question question) =>
        Key(question) is { } key && question.Options.All(o => o.Correct || o.Text.Length <= key.Text.Length);

    private static AnswerOption? Key(Question question) =>
        question.Type == QuestionType.SingleChoice && question.Options.Count >= 2 && question.CorrectOptions.Count() == 1
            ? question.CorrectOptions.Single()
            : null;

    private static void CheckKeyLength(Question question, DiagnosticBag diagnostics)
    {
        if (Key(question) is not { } key)
        {
            return;
        }

        var longest = question.Options.Where(o => !o.Correct).MaxBy(o => o.Text.Length)!;
        if (key.Text.Length >= longest.Text.Length)
        {
            diagnostics.Report(ValidationDiagnostics.KeyIsLongest, question.Location,
                $"The key of question '{question.Id}', '{key.Id}', is its longest option ({key.Text.Length} characters; the longest distractor, '{longest.Id}', has {longest.Text.Length}). Learners who guess pick the longest: make the distractors as long and specific as the key, or shorten the key.");
        }
        else if (key.Text.Length >= LongestShare * longest.Text.Length)
        {
            diagnostics.Report(ValidationDiagnostics.KeyIsLongest, question.Location,
                $"The key of question '{question.Id}', '{key.Id}', is within 10% of its longest option ({key.Text.Length} characters; '{longest.Id}' has {longest.Text.Length}). Learners who guess pick the longest: make the key clearly shorter than some distractors.");
        }
    }

    private static void CheckTrueFalse(Question question, DiagnosticBag diagnostics)
    {
        var keyedTrue = question.Options.FirstOrDefault(o => o.Id == 't')?.Correct ?? false;
        var cue = (keyedTrue ? Qualifier() : Absolute()).Match(question.Text);
        if (cue.Success)
        {
            diagnostics.Report(ValidationDiagnostics.TrueFalseGiveaway, question.Location, keyedTrue
                ? $"True/false question '{question.Id}' is keyed true and says '{cue.Value}': a qualifier marks a true statement, so learners answer the word. Reword it so only the content decides, or ask it as a single-choice question."
                : $"True/false question '{question.Id}' is keyed false and says '{cue.Value}': an absolute word marks a false statement, so learners answer the word. Reword it so only the content decides, or ask it as a single-choice question.");
        }
    }

    [GeneratedRegex(@"\b(all|none|both|neither) of (the )?(above|these|them|the options)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AllOrNone();

    [GeneratedRegex(@"\b(always|never|ever|only|all|none|every|everyone|everything|nobody|nothing|guarantee[sd]?|completely|entirely|absolutely|impossible|certainly)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Absolute();

    [GeneratedRegex(@"\b(usually|may|might|can|could|often|sometimes|generally|typically|frequently|possibly|probably)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Qualifier();
}
