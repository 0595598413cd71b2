namespace ScormBuilder.Tests.Hostile;

internal static partial class HostileCorpus
{
    // Class 14's third part: something left open in an earlier part is reported at the author's line, not at the
    // layout or past the file's end.
    private static HostileCase[] Class14Markup =>
    [
        new(14, "an unclosed comment in an earlier part", Append("case-studies/alex.md", "<!-- a note that never ends"), HostileOutcome.Refused("SB3009", "case-studies/alex.md(15,")),
        new(14, "an unclosed comment inline stays text", Append("case-studies/alex.md", "Text <!-- a note that never ends"), HostileOutcome.Builds),
        new(14, "an unclosed comment before more Markdown", Append("pages/welcome.md", "<!-- note\n\n## Heading\n\nText."), HostileOutcome.Refused("SB3009", "pages/welcome.md(11,")),
        new(14, "an unclosed quote in an earlier part", Append("case-studies/alex.md", "<div title=\"x\n\nMore text."), HostileOutcome.Refused("SB3009", "case-studies/alex.md(15,")),
        new(14, "an unclosed quote in a session before its transcript", Append("sessions/02-summary.md", "<div title='x"), HostileOutcome.Refused("SB3009", "sessions/02-summary.md(13,")),
        new(14, "an unclosed comment in a transcript", Append("transcripts/summary.md", "<!-- x"), HostileOutcome.Refused("SB3009", "transcripts/summary.md(11,")),
        new(14, "an unclosed textarea swallowing the rest", Append("case-studies/alex.md", "<textarea>\n\nMore text."), HostileOutcome.Refused("SB3009", "case-studies/alex.md(15,")),
        new(14, "an unclosed element is closed at the end of its body", Append("case-studies/alex.md", "<div class=\"note\">\n\nMore text."), HostileOutcome.Builds),
    ];
}
