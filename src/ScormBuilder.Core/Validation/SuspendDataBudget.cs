using System.Globalization;
using ScormBuilder.Diagnostics;
using ScormBuilder.Model;

namespace ScormBuilder.Validation;

/// <summary>
/// The longest <c>cmi.suspend_data</c> the learner runtime can write for a course, section by section, in
/// UTF-16 code units as JavaScript counts them. It follows the encoder in templates/assets/runtime.js rule for
/// rule (the format is in README.md, "Learner runtime"): change one and you must change the other.
/// </summary>
public sealed record SuspendDataSize(int Header, int Visited, int Quiz, int Answers, int Reflection, int Plan, int Completed)
{
    public int Total => Header + Visited + Quiz + Answers + Reflection + Plan + Completed;
}

/// <summary>Checks that every learner's saved progress fits the 4,096 characters SCORM 1.2 guarantees.</summary>
public sealed class SuspendDataBudget
{
    /// <summary>What every SCORM 1.2 LMS must store (CMIString4096).</summary>
    public const int Limit = 4096;

    /// <summary>Past half the budget the build warns, while there is still room to act.</summary>
    public const int WarningThreshold = 2048;

    private const string FormatTag = "sb1";
    private const int SectionMark = 3;
    private const int MaxAttemptDigits = 2;
    private const int MaxScoreDigits = 3;
    private const int DateDigits = 8;

    public void Check(Course course, DiagnosticBag diagnostics)
    {
        var size = WorstCase(course);
        if (size.Total <= WarningThreshold)
        {
            return;
        }

        var where = LargestContributor(course, size);
        var reach = string.Create(CultureInfo.InvariantCulture,
            $"A learner's saved progress can reach {size.Total:N0} characters of cmi.suspend_data (reflection answers {size.Reflection:N0}, action plan {size.Plan:N0}, quiz {size.Answers + size.Quiz:N0}, parts visited {size.Visited:N0}, completion date {size.Completed:N0})");
        if (size.Total > Limit)
        {
            diagnostics.Error(DiagnosticCodes.SuspendDataTooLarge, where,
                $"{reach}, but SCORM 1.2 LMSs only have to keep 4,096. {HowToShrink(course, size)}");
        }
        else
        {
            diagnostics.Warning(DiagnosticCodes.SuspendDataLarge, where,
                $"{reach}: more than half of the 4,096 SCORM 1.2 guarantees. It fits; check again whenever you add prompts, actions or questions.");
        }
    }

    /// <summary>The most each section of the runtime's format can hold for this course.</summary>
    public static SuspendDataSize WorstCase(Course course)
    {
        var quiz = course.Quiz;
        var questions = quiz?.Questions ?? [];
        var reflection = course.Reflection;
        var prompts = reflection?.Prompts ?? [];
        var actions = reflection?.ActionCount ?? 0;

        return new SuspendDataSize(
            Header: FormatTag.Length,
            Visited: Section(course.Parts.Select(p => p.Id.Length)),
            Quiz: quiz is null ? 0 : Section([quiz.Id.Length + 1 + MaxAttemptDigits + 1 + 1 + MaxScoreDigits]),
            Answers: quiz is { SaveAnswers: true } ? Section(questions.Select(q => q.Id.Length + 1 + MostOptionsChosen(q))) : 0,
            Reflection: Section(prompts.Select(p => p.Id.Length + 1 + Counted(p.MaxLength))),
            Plan: Section(Enumerable.Range(0, actions).Select(i => Digits(i) + 1 + DateDigits + 1 + Counted(reflection!.ActionMaxLength))),
            Completed: Section([DateDigits]));
    }

    private static string HowToShrink(Course course, SuspendDataSize size) =>
        course.Quiz is { SaveAnswers: true } && size.Answers > size.Reflection + size.Plan
            ? "The quiz's answers take most of it: set 'save_answers: false' in quiz.yaml to keep scores and attempts but not answers in progress, or use fewer questions."
            : "Lower the prompts' max_length or action_max_length, or use fewer actions.";

    // ";x:" then the items joined by commas; an empty section is left out.
    private static int Section(IEnumerable<int> items)
    {
        var lengths = items.ToList();
        return lengths.Count == 0 ? 0 : SectionMark + lengths.Sum() + (lengths.Count - 1);
    }

    // Text is written as "length:text", so any character costs exactly one code unit.
    private static int Counted(int maxLength) => Digits(maxLength) + 1 + maxLength;

    private static int MostOptionsChosen(Question question) =>
        question.Type == QuestionType.MultipleResponse ? question.Options.Count : 1;

    private static int Digits(int n) => n.ToString(CultureInfo.InvariantCulture).Length;

    private static SourceLocation LargestContributor(Course course, SuspendDataSize size)
    {
        var reflection = course.Reflection;
        if (reflection is not null && size.Reflection + size.Plan >= Math.Max(size.Answers + size.Quiz, size.Visited))
        {
            return reflection.IdLocation;
        }

        return course.Quiz is { } quiz && size.Answers + size.Quiz >= size.Visited ? quiz.IdLocation : course.Location;
    }
}
