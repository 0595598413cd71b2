using System.Text.RegularExpressions;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using ScormBuilder.Diagnostics;

namespace ScormBuilder.Loading;

/// <summary>
/// Refuses a body holding more of a thing than any course needs where the cost of that thing grows faster than the
/// text: Markdig reads a run of link reference definitions (<c>[label]: url</c>) by copying the rest of its paragraph
/// once per definition, so 50,000 of them take seconds and grow with the square of their count; and every table
/// cell costs far more than its few characters, in the parser and in every check of the page after it.
/// </summary>
internal static partial class CountLimits
{
    /// <summary>Link reference definitions in one body; a course's reference list uses a handful, and inline links need none.</summary>
    public const int MaxReferenceDefinitions = 100;

    /// <summary>'|' on one line: a table row of more columns than this is no table a learner can read.</summary>
    public const int MaxPipesPerLine = 1_000;

    /// <summary>Table cells in one body; the largest table in a real course has about a hundred.</summary>
    public const int MaxTableCells = 10_000;

    /// <summary>
    /// True when the text has no more reference definitions than allowed and no line more '|' than allowed;
    /// otherwise reports the first line too many. Runs before parsing, so it counts every line shaped like a
    /// definition (after any quote or list markers): a row of thousands of cells that Markdig does not take for a
    /// table (in a list item, say) costs time growing with the square of its length.
    /// </summary>
    public static bool CheckLines(string text, string path, int firstLine, DiagnosticBag diagnostics)
    {
        var count = 0;
        var lineNumber = firstLine;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            if (text.AsSpan(range).Count('|') > MaxPipesPerLine)
            {
                diagnostics.Report(LoadingDiagnostics.TooManyInBody, new SourceLocation(path, lineNumber, 1),
                    $"This line holds more than {MaxPipesPerLine:N0} '|'. No table needs this many columns; split it, or link to a document.");
                return false;
            }

            if (Definition().IsMatch(text.AsSpan(range)) && ++count > MaxReferenceDefinitions)
            {
                diagnostics.Report(LoadingDiagnostics.TooManyInBody, new SourceLocation(path, lineNumber, 1),
                    $"This file has more than {MaxReferenceDefinitions} link reference definitions ('[label]: url'). Course text never needs this; write the links inline, '[text](url)', or split the file.");
                return false;
            }

            lineNumber++;
        }

        return true;
    }

    /// <summary>Reports a body whose tables hold more cells than allowed, at the table that passes the limit.</summary>
    public static void CheckTables(MarkdownDocument document, Func<MarkdownObject, SourceLocation> at, DiagnosticBag diagnostics)
    {
        var cells = 0;
        foreach (var table in document.Descendants<Table>())
        {
            foreach (var row in table.OfType<TableRow>())
            {
                cells += row.Count;
            }

            if (cells > MaxTableCells)
            {
                diagnostics.Report(LoadingDiagnostics.TooManyInBody, at(table),
                    $"The tables in this file hold {cells:N0} cells, more than the {MaxTableCells:N0} a file may have. No learner reads a table this size; split it, or link to a document.");
                return;
            }
        }
    }

    // Any spaces and quote or list markers, then '[label]:' with a label of up to 999 characters.
    [GeneratedRegex(@"^(?:[ \t]*(?:>|[-*+]|\d{1,9}[.)])(?=[ \t]|$))*[ \t]*\[(?:[^\[\]\\]|\\.){1,999}\]:", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Definition();
}
