using ScormBuilder.Cli;
using ScormBuilder.Diagnostics;
using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Cli;

/// <summary>What the command line looks like on a terminal, and that pipes and logs get plain text.</summary>
public sealed class ReporterTests
{
    private static readonly BuildResult s_failed = new(
    [
        new Diagnostic(DiagnosticSeverity.Error, "SB1004", new SourceLocation("course/a.md", 3, 1), "Unknown key 'tilte'. Did you mean 'title'?"),
        new Diagnostic(DiagnosticSeverity.Warning, "SB2011", new SourceLocation("course/b.md", 2, 5), "Large."),
    ], null);

    [Fact]
    public void Should_colour_errors_red_and_warnings_yellow_on_a_terminal()
    {
        var (reporter, _, stderr) = Reporter(new Terminal(StdoutColour: true, StderrColour: true, StderrInteractive: true));

        reporter.Report(s_failed);

        var lines = stderr.ToString().Split('\n');
        Assert.Equal("course/a.md(3,1): \e[31m\e[1merror SB1004\e[0m: Unknown key 'tilte'. Did you mean 'title'?", lines[0]);
        Assert.Equal("course/b.md(2,5): \e[33m\e[1mwarning SB2011\e[0m: Large.", lines[1]);
        Assert.StartsWith("\e[31m", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Should_print_plain_msbuild_lines_when_the_stream_is_not_a_terminal()
    {
        var (reporter, stdout, stderr) = Reporter(Terminal.Plain);

        reporter.Report(s_failed);
        using (reporter.Progress("Building course"))
        {
        }

        Assert.Equal(
            "course/a.md(3,1): error SB1004: Unknown key 'tilte'. Did you mean 'title'?\n" +
            "course/b.md(2,5): warning SB2011: Large.\n" +
            "Build failed: 1 error, 1 warning. No package was written.\n",
            stderr.ToString());
        Assert.Equal("", stdout.ToString());
    }

    [Fact]
    public void Should_rub_out_the_progress_line_before_printing_the_summary()
    {
        var (reporter, stdout, stderr) = Reporter(new Terminal(StdoutColour: false, StderrColour: false, StderrInteractive: true));

        using (reporter.Progress("Building course"))
        {
            reporter.Report(new BuildResult([], new BuildSummary("dist/x.zip", 7, 9, 1234, TimeSpan.FromMilliseconds(12))));
        }

        Assert.Equal("\rBuilding course…\r                \r", stderr.ToString());
        Assert.Equal("Built dist/x.zip: 7 pages, 9 files, 1,234 bytes, 12 ms, 0 warnings.\n", stdout.ToString());
    }

    [Fact]
    public void Should_print_no_escape_codes_into_a_pipe()
    {
        using var course = TempCourse.CopyOf(RepoPaths.MinimalCourse);
        course.Replace("sessions/01-intro.md", "title: Introduction", "tilte: Introduction");

        var run = CliRunner.AsProcess(course.Root, "check", "course", "--templates", RepoPaths.Templates);

        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain('\e', run.Output);
        Assert.DoesNotContain('\r', run.Output);
    }

    private static (Reporter Reporter, StringWriter Stdout, StringWriter Stderr) Reporter(Terminal terminal)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        return (new Reporter(stdout, stderr, terminal), stdout, stderr);
    }
}
