using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Pipeline;

/// <summary>
/// Given one mistake in an otherwise sound course, the build names the code, file and line, exits 1 and
/// writes no zip.
/// </summary>
public sealed class BrokenCourseTests
{
    internal sealed record Case(string Name, Action<TempCourse> Break, string Code, string File, int Line, params string[] Options)
    {
        public override string ToString() => Name;
    }

    private static readonly Case[] s_cases =
    [
        new("malformed YAML", c => c.Replace("course.yaml", "title: \"A minimal course\"", "title: \"A minimal course"), "SB1003", "course.yaml", 2),
        new("unknown key", c => c.Replace("sessions/01-intro.md", "title: Introduction", "tilte: Introduction\ntitle: Introduction"), "SB1004", "sessions/01-intro.md", 3),
        new("missing required field", c => c.Replace("case-studies/alex.md", "title: \"Alex: a physiotherapist\"\n", ""), "SB1005", "case-studies/alex.md", 2),
        new("duplicate id", c => c.Replace("case-studies/alex.md", "id: cs-alex", "id: s-intro"), "SB2001", "case-studies/alex.md", 2),
        new("missing media file", c => File.Delete(c.PathOf("media/diagram.png")), "SB2009", "sessions/01-intro.md", 12),
        new("broken internal link", c => c.Replace("pages/welcome.md", "../sessions/01-intro.md", "../sessions/01-intor.md"), "SB3001", "pages/welcome.md", 9),
        new("broken anchor", c => c.Replace("sessions/01-intro.md", "alex.md#what-went-well", "alex.md#what-went-badly"), "SB3002", "sessions/01-intro.md", 10),
        new("image without alt text", c => c.Replace("sessions/01-intro.md", "![A small square diagram]", "![]"), "SB3003", "sessions/01-intro.md", 12),
        new("question with no correct answer", c => c.Replace("quiz.yaml", "      - { id: b, text: Think, correct: true }", "      - { id: b, text: Think }"), "SB2002", "quiz.yaml", 14),
        new("mastery score 150", c => c.Replace("course.yaml", "mastery_score: 75", "mastery_score: 150"), "SB1015", "course.yaml", 24),
        new("id starting with a digit", c => c.Replace("sessions/01-intro.md", "id: s-intro", "id: 1-intro"), "SB1007", "sessions/01-intro.md", 2),
        new("path escaping the course folder", c => c.Replace("sessions/01-intro.md", "../media/diagram.png", "../../../etc/passwd.png"), "SB1008", "sessions/01-intro.md", 12),
        new("absolute path", c => c.Replace("sessions/02-summary.md", "file: ../media/summary.mp4", "file: /etc/summary.mp4"), "SB1008", "sessions/02-summary.md", 8),
        new("heading skips a level", c => c.Replace("sessions/01-intro.md", "### A detail", "#### A detail"), "SB3004", "sessions/01-intro.md", 18),
        new("level-1 heading in a body", c => c.Replace("case-studies/alex.md", "## What happened", "# What happened"), "SB3006", "case-studies/alex.md", 7),
        new("question names an unknown session", c => c.Replace("quiz.yaml", "session: s-summary", "session: s-sumary"), "SB2003", "quiz.yaml", 16),
        new("outcome taught by no session", c => c.Replace("sessions/02-summary.md", "outcomes: [lo-two]", "outcomes: []"), "SB2005", "course.yaml", 11),
        new("outcome assessed by no question", c => c.Replace("quiz.yaml", "    outcomes: [lo-two]\n", ""), "SB2006", "course.yaml", 11),
        new("unknown outcome", c => c.Replace("sessions/01-intro.md", "outcomes: [lo-one]", "outcomes: [lo-one, lo-three]"), "SB2004", "sessions/01-intro.md", 6),
        new("case study linked from no session", c => c.Replace("sessions/01-intro.md", "See [Alex's case](../case-studies/alex.md) and [its lessons](../case-studies/alex.md#what-went-well).", "See Alex."), "SB2007", "case-studies/alex.md", 2),
        new("listed part file missing", c => File.Delete(c.PathOf("pages/references.md")), "SB1001", "course.yaml", 21),
        new("invalid UTF-8", c => File.WriteAllBytes(c.PathOf("pages/references.md"), [.. System.Text.Encoding.UTF8.GetBytes("---\nid: references\ntitle: R"), 0xC3, 0x28, (byte)'\n', .. "---\n"u8]), "SB1010", "pages/references.md", 3),
        new("raw script tag", c => c.Replace("case-studies/alex.md", "Alex posted a helpful thread.", "Alex posted <script>alert(1)</script> a thread."), "SB3009", "case-studies/alex.md", 9),
        new("YAML alias", c => c.Replace("course.yaml", "authors: [Test author]", "authors: &a [Test author]\ndescription2: *a"), "SB1003", "course.yaml", 6),
        new("mastery score differs from pass mark", c => c.Replace("quiz.yaml", "pass_mark: 75", "pass_mark: 80"), "SB2008", "course.yaml", 24),
        new("missing front matter", c => c.Write("pages/references.md", "# References\n"), "SB1009", "pages/references.md", 1),
        new("single choice with two answers", c => c.Replace("quiz.yaml", "      - { id: a, text: Post }", "      - { id: a, text: Post, correct: true }"), "SB2002", "quiz.yaml", 14),
        new("unknown question type", c => c.Replace("quiz.yaml", "type: true-false", "type: true-or-false"), "SB1014", "quiz.yaml", 6),
        new("javascript link", c => c.Replace("case-studies/alex.md", "No one could be identified.", "[Click](javascript:alert(1))"), "SB3010", "case-studies/alex.md", 13),
        new("remote image", c => c.Replace("sessions/01-intro.md", "../media/diagram.png", "https://cdn.example.org/x.png"), "SB3008", "sessions/01-intro.md", 12),
        new("unsupported media type", c => c.Replace("sessions/02-summary.md", "captions: ../media/summary.vtt", "captions: ../media/summary.exe"), "SB2013", "sessions/02-summary.md", 8),
        new("iframe in Markdown", c => c.Replace("case-studies/alex.md", "Alex posted a helpful thread.", "<iframe src=\"https://example.org\"></iframe>"), "SB3009", "case-studies/alex.md", 9),
        new("object tag", c => c.Replace("case-studies/alex.md", "Alex posted a helpful thread.", "Look: <object data=\"x.swf\"></object>"), "SB3009", "case-studies/alex.md", 9),
        new("event handler attribute", c => c.Replace("case-studies/alex.md", "Alex posted a helpful thread.", "Alex <span onclick=\"steal()\">posted</span> a thread."), "SB3009", "case-studies/alex.md", 9),
        new("image with onerror", c => c.Replace("case-studies/alex.md", "No one could be identified.", "<p>\nSafe line.\n<img src=x onerror=alert(1)>\n</p>"), "SB3009", "case-studies/alex.md", 15),
        new("javascript href in raw HTML", c => c.Replace("case-studies/alex.md", "Alex posted a helpful thread.", "<a href=\"javascript:alert(1)\">Alex</a> posted."), "SB3010", "case-studies/alex.md", 9),
        new("data URL link", c => c.Replace("case-studies/alex.md", "No one could be identified.", "[Open](data:text/html;base64,PHNjcmlwdD4=)"), "SB3010", "case-studies/alex.md", 13),
        new("style with url()", c => c.Replace("case-studies/alex.md", "Alex posted a helpful thread.", "<span style=\"background:url(https://track.example/x.gif)\">Alex</span> posted."), "SB3011", "case-studies/alex.md", 9),
        new("10 MB single-line file", c => c.Write("case-studies/alex.md", "---\nid: cs-alex\ntitle: Alex\n---\n" + new string('x', 10 * 1024 * 1024)), "SB1016", "case-studies/alex.md", 0),
        new("deeply nested YAML", c => c.Replace("course.yaml", "description: One of each kind of part, for the tests.", "description: " + new string('[', 500) + new string(']', 500)), "SB1017", "course.yaml", 5),
        new("billion laughs YAML", c => c.Replace("course.yaml", "authors: [Test author]", "authors: &a [lol, lol]\nextra: &b [*a, *a, *a]\nmore: [*b, *b, *b]"), "SB1003", "course.yaml", 6),
        new("symlink to a file outside the course", c => { File.Delete(c.PathOf("media/diagram.png")); File.CreateSymbolicLink(c.PathOf("media/diagram.png"), "/etc/hostname"); }, "SB1008", "sessions/01-intro.md", 12),
        new("tracked id removed under --strict", c => c.Replace("quiz.yaml", "id: q-multi", "id: q-multiple"), "SB2015", "tracking.lock", 17, "--strict"),
        new("malformed tracking.lock", c => File.AppendAllText(c.PathOf("tracking.lock"), "chapter intro\n"), "SB1018", "tracking.lock", 23),
        new("duplicate option id", c => c.Replace("quiz.yaml", "      - { id: b, text: Learning, correct: true }", "      - { id: a, text: Learning, correct: true }"), "SB2001", "quiz.yaml", 31),
        new("single option", c => c.Replace("quiz.yaml", "      - { id: a, text: Post }\n", ""), "SB2012", "quiz.yaml", 14),
        new("unknown kind of part", c => { c.Write("extras/notes.md", "---\nid: notes\ntitle: Notes\n---\n"); c.Replace("course.yaml", "  - quiz.yaml", "  - quiz.yaml\n  - extras/notes.md"); }, "SB1011", "course.yaml", 20),
        new("part listed twice", c => c.Replace("course.yaml", "  - quiz.yaml", "  - quiz.yaml\n  - case-studies/alex.md"), "SB1013", "course.yaml", 20),
        new("CPD record without standards", c => c.Replace("cpd-record.md", "standards:\n  - standard: \"Standard 1: keep a record.\"\n    evidence: \"This record is dated.\"\n  - standard: \"Standard 4: benefit service users.\"\n    evidence: \"Say how the <people> you work with gain.\"\n", ""), "SB1005", "cpd-record.md", 2),
        new("CPD standard without evidence", c => c.Replace("cpd-record.md", "    evidence: \"This record is dated.\"\n", ""), "SB1005", "cpd-record.md", 7),
        new("unknown key in a CPD standard", c => c.Replace("cpd-record.md", "    evidence: \"This record is dated.\"", "    evidense: \"This record is dated.\""), "SB1004", "cpd-record.md", 8),
        new("saved progress over 4,096 characters", c => { c.Replace("reflection.md", "max_length: 200", "max_length: 2000"); c.Replace("reflection.md", "actions: 2", "actions: 5\naction_max_length: 500"); }, "SB2010", "reflection.md", 2),
        new("control character in a path", c => c.Replace("sessions/01-intro.md", "../media/diagram.png", "../media/dia%00gram.png"), "SB1008", "sessions/01-intro.md", 12),
        new("media file name with a space", c => { File.Move(c.PathOf("media/diagram.png"), c.PathOf("media/my diagram.png")); c.Replace("sessions/01-intro.md", "../media/diagram.png", "<../media/my diagram.png>"); }, "SB4002", "sessions/01-intro.md", 12),
        new("javascript autolink", c => c.Replace("case-studies/alex.md", "No one could be identified.", "See <javascript:alert(1)>."), "SB3010", "case-studies/alex.md", 13),
        new("raw link that would replace the course", c => c.Replace("case-studies/alex.md", "No one could be identified.", "See <a href=\"https://example.org\">this</a>."), "SB3009", "case-studies/alex.md", 13),
        new("raw image with a course path", c => c.Replace("case-studies/alex.md", "No one could be identified.", "<img src=\"../media/diagram.png\" alt=\"A diagram\">"), "SB3009", "case-studies/alex.md", 13),
        new("tracking.lock cannot be written", c => { File.Delete(c.PathOf("tracking.lock")); Directory.CreateDirectory(c.PathOf("tracking.lock")); }, "SB4001", "tracking.lock", 0, "--update-lock"),
    ];

    public static TheoryData<string> CaseNames => [.. s_cases.Select(c => c.Name)];

    [Fact]
    public void Should_cover_at_least_forty_cases_and_fifteen_distinct_codes()
    {
        Assert.True(s_cases.Length >= 40, $"The bad-input corpus has {s_cases.Length} cases; keep at least 40.");
        Assert.True(s_cases.Select(c => c.Code).Distinct().Count() >= 15, "Fewer than 15 distinct codes are covered.");
    }

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Should_report_the_mistake_at_its_source_and_write_no_zip(string name)
    {
        var @case = s_cases.Single(c => c.Name == name);
        using var course = TempCourse.CopyOf(RepoPaths.MinimalCourse);
        @case.Break(course);

        var run = CliRunner.InProcess(["build", course.CourseDirectory, "-o", course.OutputDirectory, "--templates", RepoPaths.Templates, .. @case.Options]);

        Assert.Equal(1, run.ExitCode);
        var where = @case.Line > 0 ? $"{course.CourseDirectory}/{@case.File}({@case.Line}," : $"{course.CourseDirectory}/{@case.File}:";
        Assert.True(run.Stderr.Split('\n').Any(l => l.StartsWith(where, StringComparison.Ordinal) && l.Contains($": error {@case.Code}: ", StringComparison.Ordinal)),
            $"Expected {@case.Code} at {where}, got:\n{run.Stderr}");
        Assert.Empty(course.OutputFiles());
        Assert.DoesNotContain("internal error", run.Output, StringComparison.Ordinal);
    }
}
