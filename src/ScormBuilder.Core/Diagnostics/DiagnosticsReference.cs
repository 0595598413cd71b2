using System.Text;
using System.Text.RegularExpressions;

namespace ScormBuilder.Diagnostics;

/// <summary>
/// The words about each code, made from the descriptor table only: the help 'scormbuilder explain' prints, and
/// docs/diagnostics.md, which a test keeps equal to what this writes.
/// </summary>
public static partial class DiagnosticsReference
{
    /// <summary>What 'scormbuilder explain SBnnnn' prints.</summary>
    public static string Explain(DiagnosticDescriptor descriptor) =>
        $"{descriptor.Code}: {descriptor.Title} ({Severity(descriptor)})\n\n{descriptor.Help}\n";

    /// <summary>docs/diagnostics.md: every code, its title, severity and help.</summary>
    public static string Markdown()
    {
        var text = new StringBuilder()
            .Append("# Diagnostics reference\n\n")
            .Append("<!-- Generated from the descriptor table in src/ScormBuilder.Core/Diagnostics; do not edit. ")
            .Append("SCORMBUILDER_UPDATE_GOLDEN=1 dotnet test rewrites it. -->\n\n")
            .Append("Every problem the build finds is printed as `file(line,col): error SBnnnn: message`. ")
            .Append("`scormbuilder explain SBnnnn` prints the help below for one code. ")
            .Append("SB1xxx: loading the course's files; SB2xxx: checks across files; SB3xxx: templates, rendering and the ")
            .Append("checks on rendered HTML; SB4xxx: writing the package.\n\n")
            .Append("| Code | Title | Severity |\n|---|---|---|\n");
        foreach (var descriptor in DiagnosticDescriptors.All)
        {
            text.Append($"| [{descriptor.Code}](#{descriptor.Code.ToLowerInvariant()}) | {descriptor.Title} | {Severity(descriptor)} |\n");
        }

        foreach (var descriptor in DiagnosticDescriptors.All)
        {
            text.Append($"\n## {descriptor.Code}\n\n**{descriptor.Title}** ({Severity(descriptor)})\n\n{QuotedAsCode(descriptor.Help)}\n");
        }

        return text.ToString();
    }

    // The help quotes what an author types ('[Next](02-pitfals.md)'); on the page it is code, not a live link.
    private static string QuotedAsCode(string help) => QuotedSnippet().Replace(help, "`$1`");

    [GeneratedRegex(@"'([^'\s][^']*?[^'\s])'(?=[\s.,;:)]|$)")]
    private static partial Regex QuotedSnippet();

    // A code --strict makes more severe says so wherever its severity is shown.
    private static string Severity(DiagnosticDescriptor descriptor) =>
        descriptor.IsLint ? "warning under --lint, error under --lint --strict" :
        SeverityMap.Strict.SeverityOf(descriptor) is var strict && strict != descriptor.DefaultSeverity
            ? $"{SeverityName(descriptor.DefaultSeverity)}, {SeverityName(strict)} under --strict"
            : SeverityName(descriptor.DefaultSeverity);

    private static string SeverityName(DiagnosticSeverity severity) => severity == DiagnosticSeverity.Error ? "error" : "warning";
}
