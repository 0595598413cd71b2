namespace ScormBuilder.Tests.Hostile;

internal static partial class HostileCorpus
{
    private const string Pdf = "@@ write media/notes.pdf\n%PDF-1.4 a small document\n";
    private const string Svg = "@@ write media/drawing.svg\n<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect width=\"10\" height=\"10\"/></svg>\n";

    private static HostileCase[] Class11 =>
    [
        new(11, "a Markdown link to a caption file", Append("sessions/01-intro.md", "[the captions](../media/summary.vtt)"), HostileOutcome.Builds),
        new(11, "a Markdown link to a video", Append("sessions/01-intro.md", "[the video](../media/summary.mp4)"), HostileOutcome.Builds),
        new(11, "a Markdown link to an image", Append("sessions/01-intro.md", "[the diagram](../media/diagram.png)"), HostileOutcome.Builds),
        new(11, "a Markdown link to a PDF", Pdf + Append("sessions/01-intro.md", "[the notes](../media/notes.pdf)"), HostileOutcome.Builds),
        new(11, "a Markdown link to a drawing", Svg + Append("sessions/01-intro.md", "[the drawing](../media/drawing.svg)"), HostileOutcome.Builds),
        new(11, "a reference link to a PDF", Pdf + Append("sessions/01-intro.md", "See [the notes][n].\n\n[n]: ../media/notes.pdf"), HostileOutcome.Builds),
        new(11, "a link to a PDF with a title", Pdf + Append("sessions/01-intro.md", "[the notes](../media/notes.pdf \"Notes\")"), HostileOutcome.Builds),
        new(11, "a link to a PDF with an anchor", Pdf + Append("sessions/01-intro.md", "[page 2](../media/notes.pdf#page=2)"), HostileOutcome.Builds),
        new(11, "a link to a PDF in a case study", Pdf + Append("case-studies/alex.md", "[the notes](../media/notes.pdf)"), HostileOutcome.Builds),
        new(11, "a link to a drawing in a scenario's debrief", Svg + WithScenario("debrief", "[the drawing](../media/drawing.svg)"), HostileOutcome.Builds) { Baseline = WithScenario("", "") },
        new(11, "a raw link to a package file", Pdf + Append("sessions/01-intro.md", "<a href=\"media/notes.pdf\">notes</a>"), HostileOutcome.Refused("SB3009", "sessions/01-intro.md(22,")),
        new(11, "a raw link to the page itself", Append("sessions/01-intro.md", "<a href=\"index.html\" target=\"_blank\">again</a>"), HostileOutcome.Refused("SB3009", "sessions/01-intro.md(22,")),
    ];
}
