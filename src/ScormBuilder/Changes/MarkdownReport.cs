using System.Text;
using ScormBuilder.Releases;

namespace ScormBuilder.Cli.Changes;

/// <summary>
/// The release notes as Markdown, for an LMS's "what's new" box and a CHANGELOG: one heading per part, one item
/// per change with what learners saw, what they see now and what it means for a learner part-way through.
/// </summary>
internal static class MarkdownReport
{
    // Long blocks (a whole scenario node) are shortened here; the JSON keeps them whole.
    private const int MaxQuoted = 280;

    public static string Write(ReleaseComparison comparison)
    {
        var (previous, current) = (comparison.Previous, comparison.Current);
        var text = new StringBuilder();
        text.Append($"# What has changed in {Escape(current.Title)}\n\n");
        text.Append($"Version {Escape(current.Version)}, compared with version {Escape(previous.Version)}: ");
        var parts = comparison.Changes.Select(c => c.PartId).Distinct().Count();
        text.Append(comparison.Changes.Count == 0
            ? "no change a learner can see.\n"
            : $"{Count(comparison.Changes.Count, "change")} in {Count(parts, "part")}.\n");
        foreach (var part in comparison.Changes.GroupBy(c => c.PartId))
        {
            text.Append($"\n## {Escape(part.First().PartTitle)}\n");
            foreach (var change in part)
            {
                text.Append($"\n- **{ChangeWords.Heading(change)}.**\n");
                Quote(text, change.Change == ChangeKind.KeyChanged ? "Key before" : "Before", change.Before);
                Quote(text, change.Change == ChangeKind.KeyChanged ? "Key now" : "Now", change.After);
                text.Append($"  - *For learners part-way through:* {change.ForLearners}\n");
            }
        }

        return text.ToString();
    }

    private static void Quote(StringBuilder text, string label, string? value)
    {
        if (value is not null)
        {
            var shown = value.Length > MaxQuoted ? value[..MaxQuoted].TrimEnd() + "…" : value;
            text.Append($"  - {label}: “{Escape(shown)}”\n");
        }
    }

    // Author text is shown as text: every character Markdown could read as markup is escaped.
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if ("\\`*_[]<>|~&".Contains(c))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
