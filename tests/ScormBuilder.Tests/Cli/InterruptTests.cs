using System.Text.RegularExpressions;
using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Cli;

/// <summary>Ctrl+C (SIGINT) stops the commands that run until stopped, in order, with the exit code of their last build.</summary>
public sealed partial class InterruptTests
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public void Should_stop_build_watch_cleanly_on_ctrl_c()
    {
        // Given a build --watch that has built once
        using var course = TempCourse.CopyOf(RepoPaths.MinimalCourse);
        using var watch = CliProcess.Start(course.Root, "build", "course", "--watch", "--templates", RepoPaths.Templates);
        watch.WaitForStdoutLines(WatchingLine(), 1, s_timeout);

        // When Ctrl+C is pressed
        var exitCode = watch.Interrupt(TimeSpan.FromSeconds(10));

        // Then it exits with the last build's code, and nothing on stderr
        Assert.True(exitCode == 0, $"Exit code {exitCode}.\n{watch.Output}");
        Assert.Equal("", watch.Stderr);
    }

    [Fact]
    public void Should_stop_build_watch_with_exit_1_when_the_last_build_failed()
    {
        using var course = TempCourse.CopyOf(RepoPaths.MinimalCourse);
        course.Replace("sessions/01-intro.md", "title: Introduction", "tilte: Introduction");
        using var watch = CliProcess.Start(course.Root, "build", "course", "--watch", "--templates", RepoPaths.Templates);
        watch.WaitForStdoutLines(WatchingLine(), 1, s_timeout);

        var exitCode = watch.Interrupt(TimeSpan.FromSeconds(10));

        Assert.True(exitCode == 1, $"Exit code {exitCode}.\n{watch.Output}");
    }

    [Fact]
    public void Should_stop_preview_cleanly_on_ctrl_c()
    {
        using var course = TempCourse.CopyOf(RepoPaths.MinimalCourse);
        using var preview = CliProcess.Start(course.Root, "preview", "course", "--port", "0", "--templates", RepoPaths.Templates);
        preview.WaitForStdoutLines(PreviewLine(), 1, s_timeout);

        var exitCode = preview.Interrupt(TimeSpan.FromSeconds(10));

        Assert.True(exitCode == 0, $"Exit code {exitCode}.\n{preview.Output}");
        Assert.Equal("Preview stopped.", preview.Stdout.Split('\n')[^1]);
    }

    [GeneratedRegex("^Watching ")]
    private static partial Regex WatchingLine();

    [GeneratedRegex("^Preview: http://")]
    private static partial Regex PreviewLine();
}
