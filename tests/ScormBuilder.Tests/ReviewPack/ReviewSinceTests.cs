using ScormBuilder.Tests.Releases;
using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.ReviewPack;

/// <summary>
/// 'review --since PACKAGE.zip': the pack of a course edited since a release (the same edits the changes goldens
/// pin: a paragraph reworded, a key changed, a question removed, a scenario added) marks each change in words
/// beside its 'file:line', lists what was removed at the end of its part, and names the release in its header.
/// </summary>
public sealed class ReviewSinceTests(ChangesCommandTests.EditedRelease release) : IClassFixture<ChangesCommandTests.EditedRelease>
{
    [Fact]
    public void Should_mark_the_edits_since_the_release_as_the_golden_file_does()
    {
        // Given the previous release's package and the edited course
        var output = Path.Combine(release.Course.OutputDirectory, "since.html");

        // When the pack is written with --since
        var result = ReviewPackTextTests.Reviewer().Run(
            new ReviewOptions(release.Course.CourseDirectory, RepoPaths.Templates, output, Since: release.PreviousPath));

        // Then it marks each edit where a reviewer reads it
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var text = ReviewPackTextTests.VisibleText(File.ReadAllText(output));
        GoldenFile.Match("review-pack/since.txt", text);
        Assert.Contains("Compared with\nA course that draws, version 0.1.0, from drawn-course-0.1.0-scorm12.zip", text, StringComparison.Ordinal);
        Assert.Contains("Removed since 0.1.0: question q-settings, “A post shared by a friend reaches their friends too.”", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_mark_an_added_paragraph_and_a_reworded_question_at_their_own_lines()
    {
        // Given a release that lacked the welcome page's last paragraph and asked q-single in other words
        using var course = TempCourse.CopyOf(RepoPaths.DrawnCourse);
        var diagnostics = new ScormBuilder.Diagnostics.DiagnosticBag();
        using var package = CourseCompiler.Default.Compile(course.CourseDirectory, RepoPaths.Templates, diagnostics)!;
        var current = ScormBuilder.Releases.ReleaseComparison.Read(package.Site);
        var previous = current with
        {
            Parts = [.. current.Parts.Select(p => p with
            {
                Blocks = [.. p.Blocks
                    .Where(b => b.Text != "Start with the introduction.")
                    .Select(b => b.Id == "q-single" ? b with { Text = "Which comes first, in other words?" } : b)],
            })],
        };

        // When the pack is written with that comparison
        var changes = new ScormBuilder.ReviewPack.ReleaseChanges(package.Course, ScormBuilder.Releases.ReleaseComparison.Compare(previous, current), "old.zip");
        var text = ReviewPackTextTests.VisibleText(System.Text.Encoding.UTF8.GetString(
            ScormBuilder.ReviewPack.ReviewPackWriter.Write(new ScormBuilder.ReviewPack.ReviewContext(package.Course, []), changes)));

        // Then the paragraph is marked added at its line, and the question reworded at its own
        Assert.Contains("pages/welcome.md:9\nadded since 0.1.0\nStart with the introduction.", text, StringComparison.Ordinal);
        Assert.Contains("quiz.yaml:20\nreworded since 0.1.0\nq-single", text, StringComparison.Ordinal);
        Assert.Equal(2, text.Split('\n').Count(l => l.EndsWith(" since 0.1.0", StringComparison.Ordinal)));
    }

    [Fact]
    public void Should_mark_nothing_when_compared_with_the_release_of_the_same_sources()
    {
        // Given a package built from the edited course itself
        var built = CliRunner.AsProcess(release.Course.Root, "build", "course", "-o", "current", "--templates", RepoPaths.Templates);
        Assert.True(built.ExitCode == 0, built.Output);
        var output = Path.Combine(release.Course.OutputDirectory, "same.html");

        // When the pack is compared with it
        var result = ReviewPackTextTests.Reviewer().Run(new ReviewOptions(release.Course.CourseDirectory, RepoPaths.Templates, output,
            Since: Path.Combine(release.Course.Root, "current", "drawn-course-0.1.0-scorm12.zip")));

        // Then the release is named and no block is marked
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var text = ReviewPackTextTests.VisibleText(File.ReadAllText(output));
        Assert.Contains("Compared with", text, StringComparison.Ordinal);
        Assert.DoesNotContain(" since 0.1.0", text.Replace("'Removed since' at the end", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_report_a_bad_package_as_changes_does_and_write_nothing()
    {
        // Given a file that is not a zip where the previous package should be, and no pack yet
        var notZip = Path.Combine(release.Course.Root, "not-a-package.zip");
        File.WriteAllText(notZip, "not a zip");
        var output = Path.Combine(release.Course.Root, "bad", "pack.html");
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);

        // When review runs as a process with it
        var run = CliRunner.AsProcess(release.Course.Root, "review", "course", "--since", "not-a-package.zip", "-o", output, "--templates", RepoPaths.Templates);

        // Then the error is the one changes reports, the exit code 1, and no file is written
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("not-a-package.zip: error SB4020:", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("No review pack was written.", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(output)!));
    }

    [Fact]
    public void Should_write_the_marked_pack_as_a_process()
    {
        var run = CliRunner.AsProcess(release.Course.Root, "review", "course", "--since", release.Previous, "-o", "since-cli.html", "--templates", RepoPaths.Templates);

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("reviewing 10 course parts, 6 questions, 1 knowledge check and 2 scenarios, with what changed since the release compared with marked;", run.Stdout, StringComparison.Ordinal);
        var text = ReviewPackTextTests.VisibleText(File.ReadAllText(Path.Combine(release.Course.Root, "since-cli.html")));
        Assert.Contains("sessions/01-intro.md:", text, StringComparison.Ordinal);
        Assert.Contains("reworded since 0.1.0", text, StringComparison.Ordinal);
    }
}
