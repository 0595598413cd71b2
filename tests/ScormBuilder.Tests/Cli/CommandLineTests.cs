using System.Text.RegularExpressions;
using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Cli;

/// <summary>The real CLI, run as a child process the way authors and CI run it.</summary>
public sealed partial class CommandLineTests
{
    [Fact]
    public void Should_build_and_print_the_path_and_a_summary()
    {
        using var course = TempCourse.CopyOf(RepoPaths.MinimalCourse);

        var run = CliRunner.AsProcess(course.Root, "build", "course", "--templates", RepoPaths.Templates);

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Matches(SummaryLine(), run.Stdout);
        Assert.Equal(Path.Combine(course.OutputDirectory, "minimal-course-0.1.0-scorm12.zip"), Assert.Single(course.OutputFiles()));
    }

    [Fact]
    public void Should_check_without_writing_anything()
    {
        using var course = TempCourse.CopyOf(RepoPaths.MinimalCourse);

        var run = CliRunner.AsProcess(course.Root, "check", "course", "--templates", RepoPaths.Templates);

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.StartsWith("Checked: 8 pages", run.Stdout, StringComparison.Ordinal);
        Assert.False(Directory.Exists(course.OutputDirectory));
    }

    [Fact]
    public void Should_print_diagnostics_in_msbuild_format_and_exit_1()
    {
        using var course = TempCourse.CopyOf(RepoPaths.MinimalCourse);
        course.Replace("sessions/01-intro.md", "title: Introduction", "tilte: Introduction");

        var run = CliRunner.AsProcess(course.Root, "build", "course", "--templates", RepoPaths.Templates);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("course/sessions/01-intro.md(3,1): error SB1004: Unknown key 'tilte'. Did you mean 'title'?", run.Stderr, StringComparison.Ordinal);
        Assert.All(run.Stderr.Trim().Split('\n').SkipLast(1), line => Assert.Matches(DiagnosticLine(), line));
        Assert.DoesNotContain("   at ", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_report_every_error_in_one_run()
    {
        using var course = TempCourse.CopyOf(RepoPaths.MinimalCourse);
        course.Replace("sessions/01-intro.md", "title: Introduction", "tilte: Introduction");
        course.Replace("case-studies/alex.md", "credit:", "creditt:");

        var run = CliRunner.AsProcess(course.Root, "check", "course", "--templates", RepoPaths.Templates);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("01-intro.md(3,1): error SB1004", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("alex.md(5,1): error SB1004", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_never_replace_a_good_zip_with_a_failed_build()
    {
        using var course = TempCourse.CopyOf(RepoPaths.MinimalCourse);
        Assert.Equal(0, CliRunner.AsProcess(course.Root, "build", "course", "--templates", RepoPaths.Templates).ExitCode);
        var zip = Assert.Single(course.OutputFiles());
        var good = File.ReadAllBytes(zip);
        course.Replace("quiz.yaml", "answer: false", "answer: maybe");

        var run = CliRunner.AsProcess(course.Root, "build", "course", "--templates", RepoPaths.Templates);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(good, File.ReadAllBytes(Assert.Single(course.OutputFiles())));
    }

    [Theory]
    [InlineData("build", "--no-such-option")]
    [InlineData("frobnicate")]
    [InlineData]
    public void Should_exit_2_on_usage_errors(params string[] args)
    {
        var run = CliRunner.AsProcess(RepoPaths.Root, args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("scormbuilder --help", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_print_its_version() =>
        Assert.Matches(@"^\d+\.\d+\.\d+\s*$", CliRunner.AsProcess(RepoPaths.Root, "--version").Stdout);

    [Fact]
    public void Should_print_help_with_both_commands()
    {
        var run = CliRunner.AsProcess(RepoPaths.Root, "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("build", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("check", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_use_the_built_in_templates_when_none_are_named()
    {
        using var course = TempCourse.CopyOf(RepoPaths.MinimalCourse);

        var run = CliRunner.AsProcess(course.Root, "check", "course");

        Assert.True(run.ExitCode == 0, run.Output);
    }

    [GeneratedRegex(@"^Built dist/minimal-course-0\.1\.0-scorm12\.zip: 8 pages, \d+ files, [\d,]+ bytes, \d+ ms, 0 warnings\.\n$")]
    private static partial Regex SummaryLine();

    [GeneratedRegex(@"^.+\(\d+,\d+\): (error|warning) SB\d{4}: .+$|^\S.*: (error|warning) SB\d{4}: .+$")]
    private static partial Regex DiagnosticLine();
}
