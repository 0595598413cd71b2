using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Pipeline;

/// <summary>
/// Hostile input against the sandbox and the package rules: links out of the course, FIFOs, forged diagnostics,
/// names some machines refuse, nesting bombs. Every case exits 1 with the code at its file and line, leaves the
/// last good zip untouched and no temporary file behind, and lets nothing from outside the course into the output.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class SandboxHostileInputTests
{
    private const string Secret = "SECRET-OUTSIDE-THE-COURSE-7f3a";
    private const string ZipName = "minimal-course-0.1.0-scorm12.zip";
    private static readonly byte[] s_goodZip = "the last good package"u8.ToArray();

    internal sealed record Case(string Name, Action<TempCourse, string> Break, string Code, string File, int Line, params string[] Options)
    {
        public override string ToString() => Name;
    }

    private static void LinkTo(TempCourse c, string relative, string target)
    {
        System.IO.File.Delete(c.PathOf(relative));
        System.IO.File.CreateSymbolicLink(c.PathOf(relative), target);
    }

    private static void Fifo(TempCourse c, string relative)
    {
        if (System.IO.File.Exists(c.PathOf(relative)))
        {
            System.IO.File.Delete(c.PathOf(relative));
        }

        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", [c.PathOf(relative)]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    private static void UseMedia(TempCourse c, string name)
    {
        System.IO.File.Copy(c.PathOf("media/diagram.png"), c.PathOf("media/" + name));
        c.Replace("sessions/01-intro.md", "../media/diagram.png", "../media/" + name);
    }

    private static void NestIn(TempCourse c, string body) =>
        System.IO.File.AppendAllText(c.PathOf("pages/references.md"), "\n" + body + "\n");

    private static int ReferencesEnd(TempCourse c) => c.Read("pages/references.md").Split('\n').Length;

    private static readonly Case[] s_cases =
    [
        new("course.yaml links to /proc/self/environ", (c, _) => LinkTo(c, "course.yaml", "/proc/self/environ"), "SB1008", "course.yaml", 0),
        new("course.yaml links to a file outside", (c, secret) => LinkTo(c, "course.yaml", secret), "SB1008", "course.yaml", 0),
        new("course.yaml links through a relative path outside", (c, _) => LinkTo(c, "course.yaml", "../secret.txt"), "SB1008", "course.yaml", 0),
        new("course.yaml is a FIFO", (c, _) => Fifo(c, "course.yaml"), "SB1019", "course.yaml", 0),
        new("course.yaml is a folder", (c, _) => { System.IO.File.Delete(c.PathOf("course.yaml")); Directory.CreateDirectory(c.PathOf("course.yaml")); }, "SB1019", "course.yaml", 0),
        new("tracking.lock links to /proc/self/environ", (c, _) => LinkTo(c, "tracking.lock", "/proc/self/environ"), "SB1008", "tracking.lock", 0),
        new("tracking.lock links to a file outside", (c, secret) => LinkTo(c, "tracking.lock", secret), "SB1008", "tracking.lock", 0),
        new("tracking.lock is a FIFO", (c, _) => Fifo(c, "tracking.lock"), "SB1019", "tracking.lock", 0),
        new("a part is a FIFO", (c, _) => Fifo(c, "pages/references.md"), "SB1019", "pages/references.md", 0),
        new("a part links to a file outside", (c, secret) => LinkTo(c, "pages/references.md", secret), "SB1008", "course.yaml", 21),
        new("a media file is a FIFO", (c, _) => Fifo(c, "media/diagram.png"), "SB1019", "sessions/01-intro.md", 12),
        new("a media file is a folder", (c, _) => { System.IO.File.Delete(c.PathOf("media/diagram.png")); Directory.CreateDirectory(c.PathOf("media/diagram.png")); }, "SB1019", "sessions/01-intro.md", 12),
        new("a media file links to /dev/zero", (c, _) => LinkTo(c, "media/diagram.png", "/dev/zero"), "SB1008", "sessions/01-intro.md", 12),
        new("a media folder links outside", (c, _) => { Directory.CreateDirectory(Path.Combine(c.Root, "elsewhere")); System.IO.File.Copy(c.PathOf("media/diagram.png"), Path.Combine(c.Root, "elsewhere/diagram.png")); Directory.Delete(c.PathOf("media"), recursive: true); Directory.CreateSymbolicLink(c.PathOf("media"), Path.Combine(c.Root, "elsewhere")); }, "SB1008", "sessions/01-intro.md", 12),
        new("tab as YAML indentation", (c, _) => c.Replace("course.yaml", "completion:\n  failed_quiz_status", "completion:\n\tfailed_quiz_status"), "SB1003", "course.yaml", 23),
        new("tab as YAML indentation in front matter", (c, _) => c.Replace("pages/welcome.md", "title: Welcome", "title: Welcome\nextra:\n\tkey: 1"), "SB1003", "pages/welcome.md", 5),
        new("control character in the course title", (c, _) => c.Replace("course.yaml", "title: \"A minimal course\"", "title: \"A \\x01 course\""), "SB1022", "course.yaml", 2),
        new("escape sequence in the course title", (c, _) => c.Replace("course.yaml", "title: \"A minimal course\"", "title: \"\\e[2J\\e[31mcleared\""), "SB1022", "course.yaml", 2),
        new("DEL in a part title", (c, _) => c.Replace("pages/welcome.md", "title: Welcome", "title: \"Wel\\x7Fcome\""), "SB1022", "pages/welcome.md", 3),
        new("C1 control in a description", (c, _) => c.Replace("course.yaml", "description: One of each kind of part, for the tests.", "description: \"One \\x9B2J\""), "SB1022", "course.yaml", 5),
        new("course title of 256 characters", (c, _) => c.Replace("course.yaml", "title: \"A minimal course\"", "title: " + new string('t', 256)), "SB1023", "course.yaml", 2),
        new("part title of 300 characters", (c, _) => c.Replace("pages/welcome.md", "title: Welcome", "title: " + new string('w', 300)), "SB1023", "pages/welcome.md", 3),
        new("key with a newline forging a diagnostic", (c, _) => c.Replace("course.yaml", "mastery_score: 75", "mastery_score: 75\n\"x\\nforged.md(1,1): error SB0000: forged\": 1"), "SB1004", "course.yaml", 25),
        new("key with an escape sequence", (c, _) => c.Replace("course.yaml", "mastery_score: 75", "mastery_score: 75\n\"\\e[2J\\e[H\": 1"), "SB1022", "course.yaml", 25),
        new("Windows reserved name CON.png", (c, _) => UseMedia(c, "CON.png"), "SB4003", "sessions/01-intro.md", 12),
        new("Windows reserved name aux.png", (c, _) => UseMedia(c, "aux.png"), "SB4003", "sessions/01-intro.md", 12),
        new("Windows reserved name Com1.png", (c, _) => UseMedia(c, "Com1.png"), "SB4003", "sessions/01-intro.md", 12),
        new("Windows reserved name lpt9.tar.png", (c, _) => UseMedia(c, "lpt9.tar.png"), "SB4003", "sessions/01-intro.md", 12),
        new("Windows reserved folder name nul/", (c, _) => { Directory.CreateDirectory(c.PathOf("media/nul")); System.IO.File.Copy(c.PathOf("media/diagram.png"), c.PathOf("media/nul/d.png")); c.Replace("sessions/01-intro.md", "../media/diagram.png", "../media/nul/d.png"); }, "SB4003", "sessions/01-intro.md", 12),
        new("media names differing only in case", (c, _) => { System.IO.File.Copy(c.PathOf("media/diagram.png"), c.PathOf("media/DIAGRAM.png")); c.Replace("pages/welcome.md", "title: Welcome\n---\n", "title: Welcome\n---\n![Big](../media/DIAGRAM.png)\n"); }, "SB4004", "sessions/01-intro.md", 12),
        new("a course with no parts", (c, _) => c.Replace("course.yaml", string.Join('\n', c.Read("course.yaml").Split('\n')[12..21]), "parts: []"), "SB2017", "course.yaml", 13),
        new("a course whose only part is not required", (c, _) => c.Replace("course.yaml", string.Join('\n', c.Read("course.yaml").Split('\n')[12..21]), "parts:\n  - pages/references.md"), "SB2017", "course.yaml", 14),
        new("2 MB of nested <div>", (c, _) => NestIn(c, string.Concat(Enumerable.Repeat("<div>", 400_000))), "SB1020", "pages/references.md", -1),
        new("2 MB of nested <div> on separate lines", (c, _) => NestIn(c, string.Concat(Enumerable.Repeat("<div>\n\n", 290_000))), "SB1020", "pages/references.md", -129),
        new("2 MB of nested quotes", (c, _) => NestIn(c, new string('>', 2_000_000)), "SB1020", "pages/references.md", -1),
        new("2 MB of nested list markers", (c, _) => NestIn(c, string.Concat(Enumerable.Repeat("- ", 1_000_000))), "SB1020", "pages/references.md", -1),
        new("2 MB of open brackets", (c, _) => NestIn(c, new string('[', 2_000_000)), "SB1020", "pages/references.md", -1),
        new("2 MB of nested emphasis", (c, _) => NestIn(c, string.Concat(Enumerable.Repeat("*a **a ", 290_000))), "SB1021", "pages/references.md", 6),
    ];

    public static TheoryData<string> CaseNames => [.. s_cases.Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Should_refuse_it_at_its_source_and_leave_the_last_good_zip(string name)
    {
        // Given
        var @case = s_cases.Single(c => c.Name == name);
        using var course = TempCourse.CopyOf(RepoPaths.MinimalCourse);
        var secret = Path.Combine(course.Root, "secret.txt");
        File.WriteAllText(secret, $"title: {Secret}\nid: {Secret}\n");
        Directory.CreateDirectory(course.OutputDirectory);
        File.WriteAllBytes(Path.Combine(course.OutputDirectory, ZipName), s_goodZip);
        var end = ReferencesEnd(course);
        @case.Break(course, secret);

        // When: a FIFO must never hang the build, so the run has a deadline
        var build = Task.Run(() => CliRunner.InProcess(["build", course.CourseDirectory, "-o", course.OutputDirectory, "--templates", RepoPaths.Templates, .. @case.Options]));
        var run = await build.WaitAsync(TimeSpan.FromSeconds(60));

        // Then
        Assert.Equal(1, run.ExitCode);
        var line = @case.Line < 0 ? end - @case.Line : @case.Line;
        var where = line > 0 ? $"{course.CourseDirectory}/{@case.File}({line}," : $"{course.CourseDirectory}/{@case.File}:";
        Assert.True(run.Stderr.Split('\n').Any(l => l.StartsWith(where, StringComparison.Ordinal) && l.Contains($": error {@case.Code}: ", StringComparison.Ordinal)),
            $"Expected {@case.Code} at {where}, got:\n{run.Stderr}");
        Assert.Equal([Path.Combine(course.OutputDirectory, ZipName)], course.OutputFiles());
        Assert.Equal(s_goodZip, File.ReadAllBytes(Path.Combine(course.OutputDirectory, ZipName)));
        Assert.DoesNotContain("internal error", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("PATH=", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', run.Output);
        Assert.All(run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => Assert.True(
            l.StartsWith(course.CourseDirectory, StringComparison.Ordinal) || l.StartsWith("Build failed", StringComparison.Ordinal), $"A forged or stray line: {l}"));
    }

    [Fact]
    public void Should_cover_at_least_thirty_cases_across_the_sandbox_and_package_codes()
    {
        Assert.True(s_cases.Length >= 30, $"The corpus has {s_cases.Length} cases.");
        Assert.Superset(new HashSet<string> { "SB1008", "SB1019", "SB1020", "SB1021", "SB1022", "SB1023", "SB2017", "SB4003", "SB4004" }, s_cases.Select(c => c.Code).ToHashSet());
    }
}
