using System.Globalization;
using ScormBuilder.Diagnostics;
using ScormBuilder.Model;

namespace ScormBuilder.Validation;

/// <summary>
/// The longest <c>cmi.suspend_data</c> the learner runtime can write for a course, section by section, in
/// UTF-16 code units as JavaScript counts them. Computed from the same section table the runtime's encoder
/// follows (templates/runtime/saved-state.json, specified in saved-state.md beside it).
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

    private const int SectionMark = 3;
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
        var format = SavedStateFormat.Current;
        var sizes = format.Sections.ToDictionary(s => s.Tag, s => Section(ItemsOf(course, s).Select(item => s.Item.Sum(f => Longest(f, item)))));
        int Of(string tag) => sizes.GetValueOrDefault(tag);
        return new SuspendDataSize(format.Version.Length, Of("v"), Of("q"), Of("a"), Of("r"), Of("p"), Of("d"));
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

    // What one item of a section refers to, with the bounds its fields need.
    private sealed record Item(string Id, int Index = 0, int Options = 0, int TextMax = 0);

    private static IEnumerable<Item> ItemsOf(Course course, SavedStateSection section)
    {
        var quiz = course.Quiz;
        var reflection = course.Reflection;
        if (section.When is { } when && !(when == "saveAnswers" && quiz is { SaveAnswers: true }))
        {
            return [];
        }

        return section.Each switch
        {
            "part" => course.Parts.Select(p => new Item(p.Id)),
            "quiz" => quiz is null ? [] : [new Item(quiz.Id)],
            "question" => (quiz?.Questions ?? []).Select(q => new Item(q.Id, Options: q.Type == QuestionType.MultipleResponse ? q.Options.Count : 1)),
            "prompt" => (reflection?.Prompts ?? []).Select(p => new Item(p.Id, TextMax: p.MaxLength)),
            "action" => Enumerable.Range(0, reflection?.ActionCount ?? 0).Select(i => new Item("", Index: i, TextMax: reflection!.ActionMaxLength)),
            "course" => [new Item(course.Id)],
            _ => throw new InvalidOperationException($"saved-state.json: section '{section.Tag}' is of unknown items '{section.Each}'."),
        };
    }

    // The longest a field can be written; free text is "length:text", so any character costs exactly one unit.
    private static int Longest(SavedStateField field, Item item) => field.Kind switch
    {
        SavedStateField.Mark => field.Name.Length,
        "id" => item.Id.Length,
        "number" => Digits(int.Parse(field.Max!, CultureInfo.InvariantCulture)),
        "index" => Digits(item.Index),
        "letter" => 1,
        "options" => item.Options,
        "date" => DateDigits,
        "text" => Digits(item.TextMax) + 1 + item.TextMax,
        _ => throw new InvalidOperationException($"saved-state.json: field '{field.Name}' is of unknown kind '{field.Kind}'."),
    };

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
