namespace ScormBuilder.Tests.Hostile;

internal static partial class HostileCorpus
{
    private const string IntroBody = "@@ replace sessions/01-intro.md\nNetworking helps.\n@@ with\n";

    private static HostileCase[] Class14 =>
    [
        new(Class: 14, "ESC (a terminal colour) in a session body", IntroBody + "Networking\u001b[31m helps.", HostileOutcome.Refused("SB1022", "sessions/01-intro.md(10,11)")),
        new(Class: 14, "BEL in a session body", IntroBody + "Networking\u0007 helps.", HostileOutcome.Refused("SB1022", "sessions/01-intro.md(10,11)")),
        new(Class: 14, "NUL in a session body", IntroBody + "Networking\u0000 helps.", HostileOutcome.Refused("SB1022", "sessions/01-intro.md(10,11)")),
        new(Class: 14, "DEL in a session body", IntroBody + "Net\u007fworking helps.", HostileOutcome.Refused("SB1022", "sessions/01-intro.md(10,4)")),
        new(Class: 14, "C1 CSI in a session body", IntroBody + "\u009b31mNetworking helps.", HostileOutcome.Refused("SB1022", "sessions/01-intro.md(10,1)")),
        new(Class: 14, "U+FDD0 noncharacter in a session body", IntroBody + "Networking helps.\uFDD0", HostileOutcome.Refused("SB1022", "sessions/01-intro.md(10,18)")),
        new(Class: 14, "plane-16 noncharacter in a case study body",
            "@@ replace case-studies/alex.md\nAlex posted a helpful thread.\n@@ with\nAlex posted a \U0010FFFF thread.", HostileOutcome.Refused("SB1022", "case-studies/alex.md(9,15)")),
        new(Class: 14, "ESC in a transcript body",
            "@@ replace transcripts/summary.md\nHello. This is the summary.\n@@ with\nHello.\u001b]0;owned\u0007 This is the summary.", HostileOutcome.Refused("SB1022", "transcripts/summary.md(5,7)")),
        new(Class: 14, "ESC as a YAML escape in a quiz question", "@@ replace quiz.yaml\n    text: Privacy settings guarantee privacy.\n@@ with\n    text: \"Privacy \\e[2J settings.\"",
            HostileOutcome.Refused("SB1022", "quiz.yaml(9,11)")),
        new(Class: 14, "raw NUL in a session summary", "@@ replace sessions/01-intro.md\nsummary: Why this matters.\n@@ with\nsummary: Why\u0000 this matters.",
            HostileOutcome.Refused("SB1022", "sessions/01-intro.md(4,13)")),
        new(Class: 14, "ESC as a character reference in a body", IntroBody + "Networking &#x1b;[31m helps.", HostileOutcome.Refused("SB1022", "sessions/01-intro.md(10,12)")),
        new(Class: 14, "U+FFFE as a decimal character reference", IntroBody + "Networking &#65534; helps.", HostileOutcome.Refused("SB1022", "sessions/01-intro.md(10,12)")),
        new(Class: 14, "BEL as a reference in a raw HTML attribute", IntroBody + "Networking <abbr title=\"a&#7b\">NW</abbr> helps.", HostileOutcome.Refused("SB1022", "sessions/01-intro.md(10,12)")),
        new(Class: 14, "ESC as a reference in a link title", IntroBody + "Networking [helps](https://www.example.org \"x&#27;y\").", HostileOutcome.Refused("SB1022", "sessions/01-intro.md(10,12)")),
        new(Class: 14, "!!python/object/apply tag", "@@ replace course.yaml\ndescription: One of each kind of part, for the tests.\n@@ with\ndescription: !!python/object/apply:os.system [\"id\"]",
            HostileOutcome.Refused("SB1003", "course.yaml(5,14)")),
        new(Class: 14, "!include tag in front matter", "@@ replace sessions/01-intro.md\nsummary: Why this matters.\n@@ with\nsummary: !include /etc/passwd",
            HostileOutcome.Refused("SB1003", "sessions/01-intro.md(4,10)")),
        new(Class: 14, "!!binary tag on a title", "@@ replace sessions/01-intro.md\ntitle: Introduction\n@@ with\ntitle: !!binary SW50cm9kdWN0aW9u",
            HostileOutcome.Refused("SB1003", "sessions/01-intro.md(3,8)")),
        new(Class: 14, "local tag on a mapping", "@@ replace quiz.yaml\n    feedback:\n@@ with\n    feedback: !ruby/hash:Evil",
            HostileOutcome.Refused("SB1003", "quiz.yaml(11,15)")),
        new(Class: 14, "core tag on a sequence", "@@ replace course.yaml\nauthors: [Test author]\n@@ with\nauthors: !!seq [Test author]",
            HostileOutcome.Refused("SB1003", "course.yaml(6,10)")),
        new(Class: 14, "even a harmless !!str tag", "@@ replace course.yaml\nversion: 0.1.0\n@@ with\nversion: !!str 0.1.0",
            HostileOutcome.Refused("SB1003", "course.yaml(3,10)")),
    ];
}
