using System.Text.RegularExpressions;
using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Cli;

/// <summary>'scormbuilder build --watch', run as a real process: one summary line per build, until it is stopped.</summary>
public sealed partial class BuildWatchTests
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public void Should_build_again_after_a_session_is_edited()
    {
        using var course = TempCourse.CopyOf(RepoPaths.MinimalCourse);
        using var watch = CliProcess.Start(course.Root, "build", "course", "--watch", "--templates", RepoPaths.Templates);
        watch.WaitForStdoutLines(SummaryLine(), 1, s_timeout);
        var zip = Path.Combine(course.OutputDirectory, "minimal-course-0.1.0-scorm12.zip");
        var first = File.ReadAllBytes(zip);

        course.Replace("sessions/01-intro.md", "Networking helps.", "Networking helps a great deal.");

        watch.WaitForStdoutLines(SummaryLine(), 2, s_timeout);
        Assert.NotEqual(first, File.ReadAllBytes(zip));
        Assert.Equal("", watch.Stderr);
    }

    [Fact]
    public void Should_report_a_broken_edit_keep_the_good_zip_and_recover_when_it_is_fixed()
    {
        using var course = TempCourse.CopyOf(RepoPaths.MinimalCourse);
        using var watch = CliProcess.Start(course.Root, "build", "course", "--watch", "--templates", RepoPaths.Templates);
        watch.WaitForStdoutLines(SummaryLine(), 1, s_timeout);
        var zip = Path.Combine(course.OutputDirectory, "minimal-course-0.1.0-scorm12.zip");
        var good = File.ReadAllBytes(zip);

        course.Replace("sessions/01-intro.md", "title: Introduction", "tilte: Introduction");
        WaitFor(() => watch.Stderr.Contains("Build failed", StringComparison.Ordinal), watch);

        Assert.Contains("course/sessions/01-intro.md(3,1): error SB1004", watch.Stderr, StringComparison.Ordinal);
        Assert.Equal(good, File.ReadAllBytes(zip));

        course.Replace("sessions/01-intro.md", "tilte: Introduction", "title: Introduction");
        watch.WaitForStdoutLines(SummaryLine(), 2, s_timeout);
    }

    [Fact]
    public void Should_refuse_to_update_the_lock_on_every_rebuild()
    {
        using var course = TempCourse.CopyOf(RepoPaths.MinimalCourse);

        var run = CliRunner.AsProcess(course.Root, "build", "course", "--watch", "--update-lock", "--templates", RepoPaths.Templates);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--update-lock", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_say_so_when_the_course_folder_does_not_exist()
    {
        using var course = TempCourse.CopyOf(RepoPaths.MinimalCourse);

        var run = CliRunner.AsProcess(course.Root, "build", "no-such-course", "--watch");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("scormbuilder new no-such-course", run.Stderr, StringComparison.Ordinal);
    }

    private static void WaitFor(Func<bool> condition, CliProcess process)
    {
        var deadline = DateTime.UtcNow + s_timeout;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out.\n{process.Output}");
            Thread.Sleep(50);
        }
    }

    [GeneratedRegex(@"^Built dist/minimal-course-0\.1\.0-scorm12\.zip: 8 pages, \d+ files, [\d,]+ bytes, \d+ ms, 0 warnings\.$")]
    private static partial Regex SummaryLine();
}
