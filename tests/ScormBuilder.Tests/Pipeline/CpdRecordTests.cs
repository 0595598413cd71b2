using System.IO.Compression;
using ScormBuilder.Diagnostics;
using ScormBuilder.Loading;
using ScormBuilder.Model;
using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Pipeline;

/// <summary>Given cpd-record.md, the loader reads the author's mapping; without it, a course builds as before.</summary>
public sealed class CpdRecordTests
{
    [Fact]
    public void Should_load_the_record_with_its_standards_and_default_to_not_required()
    {
        var record = Assert.Single(Load(RepoPaths.MinimalCourse).Parts.OfType<CpdRecord>());

        Assert.Equal(("cpd-record", "Your CPD record", "cpd-record"), (record.Id, record.Title, record.Kind));
        Assert.False(record.Required);
        Assert.Equal("Test provider & partners", record.Provider);
        Assert.Equal("E-learning with reflection", record.LearningType);
        Assert.Equal(["Standard 1: keep a record.", "Standard 4: benefit service users."], record.Standards.Select(s => s.Standard));
        Assert.Equal("Say how the <people> you work with gain.", record.Standards[1].Evidence);
        Assert.Equal(("cpd-record.md", 7), (Path.GetFileName(record.Standards[0].Location.Path), record.Standards[0].Location.Line));
        Assert.Equal("Keep service users' details out of this record.", record.Reminder);
    }

    [Fact]
    public void Should_build_a_course_without_a_cpd_record()
    {
        using var course = TempCourse.CopyOf(RepoPaths.MinimalCourse);
        course.Replace("course.yaml", "  - cpd-record.md\n", "");
        course.Replace("tracking.lock", "part cpd-record\n", "");
        File.Delete(course.PathOf("cpd-record.md"));

        var run = CliRunner.InProcess(["build", course.CourseDirectory, "-o", course.OutputDirectory, "--templates", RepoPaths.Templates, "--strict"]);

        Assert.True(run.ExitCode == 0, run.Stderr);
        using var zip = ZipFile.OpenRead(Assert.Single(course.OutputFiles()));
        using var page = new StreamReader(zip.GetEntry("index.html")!.Open());
        Assert.DoesNotContain("sb-cpd-record", page.ReadToEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_show_when_the_content_was_last_reviewed_on_the_certificate_and_the_record()
    {
        using var course = TempCourse.CopyOf(RepoPaths.MinimalCourse);
        course.Write("course.yaml", course.Read("course.yaml") + """
            reviews:
              - {role: clinical, by: Dr Test Reviewer, date: 2026-11-30, version: 0.1.0}
              - {role: editorial, by: Test Editor, date: 2026-12-02, version: 0.0.9}

            """);

        var page = BuiltPage(course);

        Assert.Equal(2, page.Split("<dt>Content last reviewed</dt><dd><time datetime=\"2026-12-02\">2026-12-02</time></dd>").Length - 1);
    }

    [Fact]
    public void Should_say_nothing_of_a_review_when_the_course_records_none()
    {
        using var course = TempCourse.CopyOf(RepoPaths.MinimalCourse);

        var page = BuiltPage(course);

        Assert.Contains("sb-cpd-certificate", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Content last reviewed", page, StringComparison.Ordinal);
    }

    private static string BuiltPage(TempCourse course)
    {
        var run = CliRunner.InProcess(["build", course.CourseDirectory, "-o", course.OutputDirectory, "--templates", RepoPaths.Templates]);
        Assert.True(run.ExitCode == 0, run.Stderr);
        using var zip = ZipFile.OpenRead(Assert.Single(course.OutputFiles()));
        using var page = new StreamReader(zip.GetEntry("index.html")!.Open());
        return page.ReadToEnd();
    }

    private static ScormBuilder.Model.Course Load(string directory)
    {
        var diagnostics = new DiagnosticBag();
        var course = CourseCompiler.Default.Load(directory, diagnostics);
        Assert.True(course is not null, string.Join('\n', diagnostics.ToSortedList()));
        return course;
    }
}
