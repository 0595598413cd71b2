namespace ScormBuilder.Tests.Hostile;

internal static partial class HostileCorpus
{
    // Inputs whose cost grew faster than their size. Markdig copies the rest of a paragraph for every link reference
    // definition in it, and table cells cost far more than their characters, so a body may hold at most 100
    // definitions, 10,000 table cells and 1,000 '|' on a line (SB1042, at the first one over). What remains builds in linear time
    // (ScaleTests). Appended text starts on line 8 here: each case starts with a blank line.
    private static HostileCase[] Class07 =>
    [
        new(7, "50,000 link reference definitions", "", HostileOutcome.Refused("SB1042", "pages/references.md(108,1)"),
            Appended("pages/references.md", "\n" + string.Concat(Enumerable.Range(0, 50_000).Select(i => $"[r{i}]: https://www.example.org/{i}\n")), 1)),
        new(7, "101 link reference definitions, one over the limit", "", HostileOutcome.Refused("SB1042", "pages/references.md(108,1)"),
            Appended("pages/references.md", "\n" + string.Concat(Enumerable.Range(0, 101).Select(i => $"[r{i}]: https://www.example.org/{i}\n")), 1)),
        new(7, "101 link reference definitions apart, with blank lines", "", HostileOutcome.Refused("SB1042", "pages/references.md(208,1)"),
            Appended("pages/references.md", "\n" + string.Concat(Enumerable.Range(0, 101).Select(i => $"[r{i}]: https://www.example.org/{i}\n\n")), 1)),
        new(7, "101 link reference definitions inside a quoted list", "", HostileOutcome.Refused("SB1042", "pages/references.md(108,1)"),
            Appended("pages/references.md", "\n" + string.Concat(Enumerable.Range(0, 101).Select(i => $"> - [r{i}]: https://www.example.org/{i}\n")), 1)),
        new(7, "100 link reference definitions, at the limit, build", "", HostileOutcome.Builds,
            Appended("pages/references.md", "\n" + string.Concat(Enumerable.Range(0, 100).Select(i => $"[r{i}]: https://www.example.org/{i}\n")) + "\n[r1] and [r99].\n", 1)),
        new(7, "A 5,000 x 200 table (2 MB)", "", HostileOutcome.Refused("SB1042", "pages/references.md(8,1)"), Appended("pages/references.md", "\n" + Table(200, 5_000), 1)),
        new(7, "A table of 10,001 cells, one over the limit", "", HostileOutcome.Refused("SB1042", "pages/references.md(8,1)"),
            Appended("pages/references.md", "\n" + Table(73, 136), 1)),
        new(7, "Two tables of 5,001 cells together over the limit, refused at the second", "", HostileOutcome.Refused("SB1042", "pages/references.md(1677,1)"),
            Appended("pages/references.md", "\n" + Table(3, 1_666) + "\n" + Table(3, 1_666), 1)),
        new(7, "One row of 20,000 columns: more than 1,000 '|' on a line", "", HostileOutcome.Refused("SB1042", "pages/references.md(8,1)"), Appended("pages/references.md", "\n" + Table(20_000, 1), 1)),
        new(7, "A row of 3,334 cells as a list item's lazy line (was 4.5 s for 20 KB)", "@@ append pages/references.md\n|{{repeat 3334 a|}}",
            HostileOutcome.Refused("SB1042", "pages/references.md(7,1)")),
        new(7, "1,001 '|' on one line of text", "@@ append pages/references.md\n\n{{repeat 1001 |}}", HostileOutcome.Refused("SB1042", "pages/references.md(8,1)")),
        new(7, "A table of 10,000 cells, at the limit, builds", "", HostileOutcome.Builds, Appended("pages/references.md", "\n" + Table(100, 99), 1)),
        new(7, "'*a' x 100,000: an emphasis run the parser gives up on", "@@ append pages/references.md\n{{repeat 100000 *a}}",
            HostileOutcome.Refused("SB1021", "pages/references.md(6,1)")),
        new(7, "A 300,000-word line builds", "@@ append pages/references.md\n{{repeat 300000 word }}", HostileOutcome.Builds),
        new(7, "'&amp;' x 100,000 builds", "@@ append pages/references.md\n{{repeat 100000 &amp;}}", HostileOutcome.Builds),
        new(7, "20,000 links on one line build", "@@ append pages/references.md\n{{repeat 20000 [a](https://www.example.org/) }}", HostileOutcome.Builds),
    ];

    // A pipe table: a header row and rows more, each of the given number of columns.
    private static string Table(int columns, int rows)
    {
        var row = "|" + string.Concat(Enumerable.Repeat("a|", columns)) + "\n";
        return row + "|" + string.Concat(Enumerable.Repeat("-|", columns)) + "\n" + string.Concat(Enumerable.Repeat(row, rows));
    }
}
