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

    [Fact]
    public void Should_stop_a_build_on_ctrl_c_while_it_writes_the_zip_and_leave_nothing()
    {
        // Given a build busy writing a large package (60 MB of captions to compress)
        using var course = TempCourse.CopyOf(RepoPaths.MinimalCourse);
        WriteLargeCaptions(course);
        using var build = CliProcess.Start(course.Root, "build", "course", "-o", "dist", "--templates", RepoPaths.Templates);
        build.WaitUntil(() => TemporaryFiles(course).Length > 0, "the package was being written", s_timeout);

        // When Ctrl+C is pressed
        var exitCode = build.Interrupt(TimeSpan.FromSeconds(10));

        // Then it stops with 130, says so, and leaves no zip, whole or partial
        Assert.True(exitCode == 130, $"Exit code {exitCode}.\n{build.Output}");
        Assert.Equal("Build stopped: no package was written.", build.Stdout.Split('\n')[^1]);
        Assert.Equal("", build.Stderr);
        Assert.Empty(course.OutputFiles());
    }

    [Fact]
    public void Should_keep_the_last_zip_when_ctrl_c_stops_a_rebuild_under_build_watch()
    {
        // Given a build --watch that has built once, then rebuilds a much larger course
        using var course = TempCourse.CopyOf(RepoPaths.MinimalCourse);
        using var watch = CliProcess.Start(course.Root, "build", "course", "-o", "dist", "--watch", "--templates", RepoPaths.Templates);
        watch.WaitForStdoutLines(WatchingLine(), 1, s_timeout);
        var zip = Assert.Single(course.OutputFiles());
        var built = File.ReadAllBytes(zip);
        WriteLargeCaptions(course);
        watch.WaitUntil(() => TemporaryFiles(course).Length > 0, "the rebuild was writing its package", s_timeout);

        // When Ctrl+C is pressed
        var exitCode = watch.Interrupt(TimeSpan.FromSeconds(10));

        // Then it stops with the code of the last build that finished, and the zip is that build's
        Assert.True(exitCode == 0, $"Exit code {exitCode}.\n{watch.Output}");
        Assert.Equal("Stopped watching.", watch.Stdout.Split('\n')[^1]);
        Assert.Equal("", watch.Stderr);
        Assert.Equal([zip], course.OutputFiles());
        Assert.Equal(built, File.ReadAllBytes(zip));
    }

    private static string[] TemporaryFiles(TempCourse course) =>
        course.OutputFiles().Where(f => Path.GetFileName(f).StartsWith(".scormbuilder-", StringComparison.Ordinal)).ToArray();

    // Random words compress slowly enough to give Ctrl+C a moment to land while the zip is written.
    private static void WriteLargeCaptions(TempCourse course)
    {
        var random = new Random(20);
        var words = Enumerable.Range(0, 2000).Select(_ => new string([.. Enumerable.Range(0, random.Next(2, 9)).Select(_ => (char)('a' + random.Next(26)))])).ToArray();
        using var writer = new StreamWriter(course.PathOf("media/summary.vtt.tmp"));
        writer.Write("WEBVTT\n\n");
        for (var second = 0; writer.BaseStream.Length < 60_000_000; second++)
        {
            var time = TimeSpan.FromSeconds(second);
            writer.Write($"{time:hh\\:mm\\:ss}.000 --> {time:hh\\:mm\\:ss}.500\n");
            writer.Write(string.Join(' ', Enumerable.Range(0, 12).Select(_ => words[random.Next(words.Length)])));
            writer.Write("\n\n");
        }

        writer.Close();
        // Moved into place whole, so that a watch rebuilds once, from the finished file.
        File.Move(course.PathOf("media/summary.vtt.tmp"), course.PathOf("media/summary.vtt"), overwrite: true);
    }

    [GeneratedRegex("^Watching ")]
    private static partial Regex WatchingLine();

    [GeneratedRegex("^Preview: http://")]
    private static partial Regex PreviewLine();
}
