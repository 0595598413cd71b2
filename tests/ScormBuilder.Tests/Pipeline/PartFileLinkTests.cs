using System.IO.Compression;
using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Pipeline;

/// <summary>
/// Given a Markdown link to a part written in YAML ('quiz.yaml', 'references.yaml'), when the course is built, then
/// the link opens that part on the page, as a link to a Markdown part does, rather than failing as an unknown media type.
/// </summary>
public sealed class PartFileLinkTests
{
    [Fact]
    public void Should_point_a_link_to_the_quiz_file_at_the_quiz()
    {
        using var course = TempCourse.CopyOf(RepoPaths.MinimalCourse);
        course.Replace("sessions/02-summary.md", "Watch the video, or read the transcript below.",
            "Watch the video, or read the transcript below. Then [take the quiz](../quiz.yaml).");

        var run = CliRunner.InProcess(["build", course.CourseDirectory, "-o", course.OutputDirectory, "--templates", RepoPaths.Templates]);

        Assert.True(run.ExitCode == 0, run.Stderr);
        using var zip = ZipFile.OpenRead(Assert.Single(course.OutputFiles()));
        using var page = new StreamReader(zip.GetEntry("index.html")!.Open());
        Assert.Contains("<a href=\"#quiz\">take the quiz</a>", page.ReadToEnd(), StringComparison.Ordinal);
        Assert.Null(zip.GetEntry("quiz.yaml"));
    }

    [Fact]
    public void Should_still_refuse_a_link_to_a_yaml_file_that_is_not_a_part()
    {
        using var course = TempCourse.CopyOf(RepoPaths.MinimalCourse);
        course.Replace("sessions/02-summary.md", "Watch the video, or read the transcript below.",
            "Watch the video, or read the transcript below. See [the notes](../notes.yaml).");

        var run = CliRunner.InProcess(["build", course.CourseDirectory, "-o", course.OutputDirectory, "--templates", RepoPaths.Templates]);

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"02-summary\.md\(\d+,\d+\): error SB2013: 'notes\.yaml' is not a media type", run.Stderr);
        Assert.Empty(course.OutputFiles());
    }
}
