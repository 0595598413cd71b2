using System.Globalization;
using ScormBuilder.Diagnostics;
using ScormBuilder.Model;

namespace ScormBuilder.Validation;

/// <summary>
/// The longest <c>cmi.suspend_data</c> the learner runtime can write for a course, section by section, in UTF-16
/// code units as JavaScript counts them.
/// </summary>
public sealed record SuspendDataSize(int Header, IReadOnlyList<(string Tag, string Label, int Length)> Sections)
{
    public int Total => Header + Sections.Sum(s => s.Length);

    /// <summary>The worst case of the section with this tag ("a" for the quiz's answers); 0 when it is left out.</summary>
    public int Of(string tag) => Sections.Where(s => s.Tag == tag).Sum(s => s.Length);

    /// <summary>
    /// The sections by what they hold, largest first: sections that share a label are named once (the quiz's
    /// attempts and its answers are both "quiz"), so the author reads first what would help most.
    /// </summary>
    public IEnumerable<(string Label, int Length)> ByLabel =>
        Sections.Where(s => s.Length > 0).GroupBy(s => s.Label)
            .Select(g => (Label: g.Key, Length: g.Sum(s => s.Length)))
            .OrderByDescending(s => s.Length);
}

/// <summary>
/// Checks that every learner's saved progress fits the 4,096 characters SCORM 1.2 guarantees. The worst case is
/// computed from the section table the runtime's encoder follows (templates/runtime/saved-state.json, specified
/// in saved-state.md beside it), then the sections a kind brings of its own, with the items each kind of part contributes.
/// </summary>
internal sealed class SuspendDataBudget(IReadOnlyList<ISavedStateContributor> contributors) : ICourseRule
{
    /// <summary>What every SCORM 1.2 LMS must store (CMIString4096).</summary>
    public const int Limit = 4096;

    /// <summary>
    /// Within the last tenth of the budget the build warns: the worst case is exact, so a course may use most of
    /// the room for learners' answers, but one more prompt or question could then tip it over.
    /// </summary>
    public const int WarningThreshold = Limit * 9 / 10;

    private const int SectionMark = 3;
    private const int DateDigits = 8;

    public void Check(Course course, DiagnosticBag diagnostics)
    {
        var sections = Sections(course).Where(s => s.Length > 0).ToList();
        var size = WorstCase(course);
        if (size.Total <= WarningThreshold)
        {
            return;
        }

        var largest = sections.GroupBy(s => s.Items.Owner).OrderByDescending(g => g.Sum(s => s.Length)).First().First().Items;
        var parts = string.Join(", ", size.ByLabel.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Label} {s.Length:N0}")));
        var reach = string.Create(CultureInfo.InvariantCulture,
            $"A learner's saved progress can reach {size.Total:N0} characters of cmi.suspend_data ({parts})");
        if (size.Total > Limit)
        {
            diagnostics.Report(ValidationDiagnostics.SuspendDataTooLarge, largest.Owner,
                $"{reach}, but SCORM 1.2 LMSs only have to keep 4,096. {largest.Advice}");
        }
        else
        {
            diagnostics.Report(ValidationDiagnostics.SuspendDataLarge, largest.Owner,
                $"{reach}: more than 90% of the 4,096 SCORM 1.2 guarantees. It fits, with little room left: check again whenever you add prompts, actions or questions.");
        }
    }

    /// <summary>The most each section of the runtime's format can hold for this course.</summary>
    public SuspendDataSize WorstCase(Course course) =>
        new(SavedStateFormat.Current.Version.Length, [.. Sections(course).Select(s => (s.Tag, s.Items.Label, s.Length))]);

    private IEnumerable<(string Tag, SavedStateItems Items, int Length)> Sections(Course course)
    {
        foreach (var section in SavedStateFormat.Current.Sections.Concat(contributors.SelectMany(c => c.OwnSections)))
        {
            var items = contributors.Select(c => c.ItemsOf(section.Each, course)).OfType<SavedStateItems>().FirstOrDefault()
                ?? throw new InvalidOperationException($"saved-state.json: no kind of part owns the items '{section.Each}' of section '{section.Tag}'.");
            yield return (section.Tag, items, Section(items.Items.Select(item => section.Item.Sum(f => Longest(f, item)))));
        }
    }

    // ";x:" then the items joined by commas; an empty section is left out.
    private static int Section(IEnumerable<int> items)
    {
        var lengths = items.ToList();
        return lengths.Count == 0 ? 0 : SectionMark + lengths.Sum() + (lengths.Count - 1);
    }

    // The longest a field can be written; free text is "length:text", so any character costs exactly one unit.
    private static int Longest(SavedStateField field, SavedStateItem item) => field.Kind switch
    {
        SavedStateField.Mark => field.Name.Length,
        "id" => item.Id.Length,
        "number" => Digits(int.Parse(field.Max!, CultureInfo.InvariantCulture)),
        "index" => Digits(item.Index),
        "letter" => 1,
        "options" => item.Options,
        "date" => DateDigits,
        "text" => Digits(item.TextMax) + 1 + item.TextMax,
        "ref" => item.RefMax,
        "refs" => int.TryParse(field.Max, CultureInfo.InvariantCulture, out var steps) ? Refs(steps, item.RefMax) : item.RefsLength,
        _ => throw new InvalidOperationException($"saved-state.json: field '{field.Name}' is of unknown kind '{field.Kind}'."),
    };

    // A path of up to a number of steps may pass the same node more than once, so every id counts as the longest; a
    // list bounded by a name (the endings, the drawn ids) holds distinct ids, and its kind gives its longest length.
    private static int Refs(int count, int longest) => count == 0 ? 0 : (count * longest) + (count - 1);

    private static int Digits(int n) => n.ToString(CultureInfo.InvariantCulture).Length;
}
