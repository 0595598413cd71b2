using System.Globalization;
using ScormBuilder.Diagnostics;
using ScormBuilder.Model;

namespace ScormBuilder.Validation;

/// <summary>
/// The longest <c>cmi.suspend_data</c> the learner runtime can write for a course, section by section.
/// </summary>
public sealed record SuspendDataSize(int Header, IReadOnlyList<(char Tag, string Label, int Length)> Sections)
{
    public int Total => Header + Sections.Sum(s => s.Length);

    /// <summary>The worst case of the section with this tag ('a' for the quiz's answers); 0 when it is left out.</summary>
    public int Of(char tag) => Sections.Where(s => s.Tag == tag).Sum(s => s.Length);

    /// <summary>
    /// The sections by what they hold, largest first: sections that share a label are named once (the quiz's
    /// attempts and its answers are both "quiz"), so the author reads first what would help most.
    /// </summary>
    public IEnumerable<(string Label, int Length)> ByLabel =>
        Sections.Where(s => s.Length > 0).GroupBy(s => s.Label)
            .Select(g => (Label: g.Key, Length: g.Sum(s => s.Length)))
            .OrderByDescending(s => s.Length);
}

/// <summary>Checks that every learner's saved progress fits the 4,096 characters SCORM 1.2 guarantees.</summary>
internal sealed class SuspendDataBudget(IReadOnlyList<ISavedStateContributor> contributors) : ICourseRule
{
    /// <summary>What every SCORM 1.2 LMS must store (CMIString4096).</summary>
    public const int Limit = 4096;

    /// <summary>Past half the budget the build warns, while there is still room to act.</summary>
    public const int WarningThreshold = 2048;

    private const string FormatTag = "sb1";

    public void Check(Course course, DiagnosticBag diagnostics)
    {
        var sections = contributors.SelectMany(c => c.Sections(course)).Where(s => s.Length > 0).ToList();
        var size = WorstCase(course);
        if (size.Total <= WarningThreshold)
        {
            return;
        }

        var largest = sections.GroupBy(s => s.Owner).OrderByDescending(g => g.Sum(s => s.Length)).First().First();
        var parts = string.Join(", ", size.ByLabel.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Label} {s.Length:N0}")));
        var reach = string.Create(CultureInfo.InvariantCulture,
            $"A learner's saved progress can reach {size.Total:N0} characters of cmi.suspend_data ({parts})");
        if (size.Total > Limit)
        {
            diagnostics.Error(DiagnosticCodes.SuspendDataTooLarge, largest.Owner,
                $"{reach}, but SCORM 1.2 LMSs only have to keep 4,096. {largest.Advice}");
        }
        else
        {
            diagnostics.Warning(DiagnosticCodes.SuspendDataLarge, largest.Owner,
                $"{reach}: more than half of the 4,096 SCORM 1.2 guarantees. It fits; check again whenever you add prompts, actions or questions.");
        }
    }

    /// <summary>The most each section of the runtime's format can hold for this course.</summary>
    public SuspendDataSize WorstCase(Course course) =>
        new(FormatTag.Length, [.. contributors.SelectMany(c => c.Sections(course)).Select(s => (s.Tag, s.Label, s.Length))]);
}
