namespace ScormBuilder.Tests.Hostile;

internal static partial class HostileCorpus
{
    private const string MetaRefresh = "<meta http-equiv=\"refresh\" content=\"0;url=https://x.example/\">";
    private const string VttScript = "<script src=\"media/summary.vtt\"></script>";

    // Each body the minimal course has, with the line a block appended after a blank line lands on.
    private static readonly (string File, int Line)[] s_bodies =
    [
        ("pages/welcome.md", 11), ("sessions/01-intro.md", 22), ("case-studies/alex.md", 15), ("sessions/02-summary.md", 13),
        ("transcripts/summary.md", 11), ("reflection.md", 15), ("cpd-record.md", 15), ("pages/references.md", 8),
    ];

    private static string Append(string file, string markup) => $"@@ append {file}\n\n{markup}";

    private static HostileCase[] Class01 =>
    [
        // One closing tag, then a page refresh or a script, in every body: block and inline.
        .. s_bodies.Select(b => new HostileCase(1, $"</div></section></main> then a meta refresh in {b.File}",
            Append(b.File, "</div></section></main>" + MetaRefresh), HostileOutcome.Refused("SB3009", $"{b.File}({b.Line},"))),
        .. s_bodies.Select(b => new HostileCase(1, $"inline </p></div> then a script from a caption file in {b.File}",
            Append(b.File, "Text </p></div></section> " + VttScript + " more."), HostileOutcome.Refused("SB3009", $"{b.File}({b.Line},"))),
        .. s_bodies.Select(b => new HostileCase(1, $"stray closing tags alone build and change nothing outside {b.File}",
            Append(b.File, "</div></section></main></article></body></html>\n\nStill here."), HostileOutcome.Builds)),
        new(1, "</article> then <base>", Append("case-studies/alex.md", "</article><base href=\"https://x.example/\">"), HostileOutcome.Refused("SB3009", "case-studies/alex.md(15,")),
        new(1, "closing tags on separate lines then a script", Append("sessions/01-intro.md", "</div>\n</section>\n</main>\n" + VttScript),
            HostileOutcome.Refused("SB3009", "sessions/01-intro.md(25,")),
        new(1, "</template> then an iframe", Append("pages/welcome.md", "</template><iframe srcdoc=\"<script>parent.x=1</script>\"></iframe>"), HostileOutcome.Refused("SB3009", "pages/welcome.md(11,")),
        new(1, "</script> then a script", Append("pages/welcome.md", "</script><script>alert(1)</script>"), HostileOutcome.Refused("SB3009", "pages/welcome.md(11,")),
        new(1, "a closing tag inside a list item then a meta refresh", Append("sessions/01-intro.md", "- item </li></ul></div> " + MetaRefresh), HostileOutcome.Refused("SB3009", "sessions/01-intro.md(22,")),
        new(1, "a closing tag in a table cell then a script", Append("sessions/01-intro.md", "| a | b |\n|---|---|\n| </td></tr></table></div> " + VttScript + " | c |"),
            HostileOutcome.Refused("SB3009", "sessions/01-intro.md(24,")),
        new(1, "a closing tag inside a details reveal then a meta", Append("sessions/01-intro.md", "::: details More\n</details></div>" + MetaRefresh + "\n:::"),
            HostileOutcome.Refused("SB3009", "sessions/01-intro.md(23,")),
        .. new[] { "intro", "text", "consequence", "debrief" }.Select(slot => new HostileCase(1, $"closing tags then a meta refresh in a scenario's {slot}",
            WithScenario(slot, "</div></section></main>" + MetaRefresh), HostileOutcome.Refused("SB3009", $"scenarios/call.yaml({slot switch { "intro" => 5, "text" => 10, "consequence" => 15, _ => 22 }},"))),
        .. new[] { "intro", "text", "consequence", "debrief" }.Select(slot => new HostileCase(1, $"stray closing tags alone build in a scenario's {slot}",
            WithScenario(slot, "</div></div></section> Still here."), HostileOutcome.Builds) { Baseline = WithScenario("", "") }),
    ];
}
