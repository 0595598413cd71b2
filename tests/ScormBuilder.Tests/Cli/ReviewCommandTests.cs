using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Cli;

/// <summary>'scormbuilder review' as a real process: the file it writes, its exit codes, nothing written on error, the same bytes every run.</summary>
public sealed class ReviewCommandTests : IDisposable
{
    private readonly TempCourse _course = TempCourse.CopyOf(RepoPaths.DrawnCourse);

    [Fact]
    public void Should_write_the_pack_to_the_file_named_and_the_same_bytes_on_every_run()
    {
        var first = Path.Combine(_course.OutputDirectory, "first.html");
        var second = Path.Combine(_course.OutputDirectory, "second.html");

        var run = CliRunner.AsProcess(_course.Root, "review", _course.CourseDirectory, "-o", first);
        var again = CliRunner.AsProcess(_course.Root, "review", _course.CourseDirectory, "-o", second);

        Assert.Equal(0, run.ExitCode);
        var written = System.Text.RegularExpressions.Regex.Match(run.Stdout,
            @"Wrote the review pack (?<path>.+): one HTML file \((?<bytes>[\d,]+) bytes\) in 7 sections, reviewing 9 course parts, 7 questions, 1 knowledge check and 1 scenario; \d+ ms, ");
        Assert.True(written.Success, run.Stdout);
        Assert.Equal(first.Replace('\\', '/'), written.Groups["path"].Value);
        Assert.Equal(new FileInfo(first).Length, long.Parse(written.Groups["bytes"].Value.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0, again.ExitCode);
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(first), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_write_to_dist_id_version_review_html_by_default()
    {
        var run = CliRunner.AsProcess(_course.Root, "review", _course.CourseDirectory);

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(Path.Combine(_course.Root, "dist", "drawn-course-0.1.0-review.html")), run.Output);
    }

    [Fact]
    public void Should_print_the_errors_and_write_nothing_when_the_course_has_errors()
    {
        // Given a question that names a session the course does not have, and an earlier pack at the output path
        _course.Replace("quiz.yaml", "session: s-summary\n    outcomes: [lo-two]\n    pool: second\n    text: What comes first?",
            "session: s-nowhere\n    outcomes: [lo-two]\n    pool: second\n    text: What comes first?");
        var output = Path.Combine(_course.OutputDirectory, "pack.html");
        Directory.CreateDirectory(_course.OutputDirectory);
        File.WriteAllText(output, "the earlier pack");

        var run = CliRunner.AsProcess(_course.Root, "review", _course.CourseDirectory, "-o", output);

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"quiz\.yaml\(\d+,\d+\): error SB\d{4}: .*s-nowhere", run.Stderr);
        Assert.Contains("No review pack was written.", run.Stderr, StringComparison.Ordinal);
        Assert.Equal("the earlier pack", File.ReadAllText(output));
        Assert.Equal(["pack.html"], Directory.GetFiles(_course.OutputDirectory).Select(Path.GetFileName));
    }

    [Fact]
    public void Should_refuse_a_blank_output_as_a_usage_error()
    {
        var run = CliRunner.AsProcess(_course.Root, "review", _course.CourseDirectory, "-o", " ");

        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public void Should_refuse_a_missing_since_package_as_a_usage_error_as_changes_does()
    {
        var missing = Path.Combine(_course.Root, "no-such-release.zip");

        var review = CliRunner.AsProcess(_course.Root, "review", _course.CourseDirectory, "--since", missing);
        var changes = CliRunner.AsProcess(_course.Root, "changes", _course.CourseDirectory, "--since", missing);

        Assert.Equal(2, review.ExitCode);
        Assert.Equal(2, changes.ExitCode);
        Assert.Contains($"There is no file '{missing}' to compare with.", review.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_course.Root, "dist")), review.Output);
    }

    [Fact]
    public void Should_refuse_a_missing_course_folder_as_a_usage_error_as_build_does()
    {
        var review = CliRunner.AsProcess(_course.Root, "review", "no-such-course");

        Assert.Equal(2, review.ExitCode);
        Assert.Contains("There is no course folder 'no-such-course'.", review.Stderr, StringComparison.Ordinal);
    }

    public void Dispose() => _course.Dispose();
}
