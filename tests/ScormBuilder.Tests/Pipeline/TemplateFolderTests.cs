using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Pipeline;

/// <summary>An organisation's own copy of templates/, possibly older than the tool.</summary>
public sealed class TemplateFolderTests
{
    [Fact]
    public void Should_build_a_course_with_templates_that_lack_a_partial_it_does_not_use()
    {
        using var course = TempCourse.CopyOf(RepoPaths.MinimalCourse);
        var templates = CopyTemplatesWithout(course.Root, "partials/cpd-record.hbs");
        course.Replace("course.yaml", "  - cpd-record.md\n", "");
        File.Delete(course.PathOf("cpd-record.md"));

        var run = CliRunner.InProcess("build", course.CourseDirectory, "-o", course.OutputDirectory, "--templates", templates);

        Assert.True(run.ExitCode == 0, run.Output);
    }

    [Fact]
    public void Should_name_the_missing_partial_at_the_part_that_needs_it()
    {
        using var course = TempCourse.CopyOf(RepoPaths.MinimalCourse);
        var templates = CopyTemplatesWithout(course.Root, "partials/cpd-record.hbs");

        var run = CliRunner.InProcess("build", course.CourseDirectory, "-o", course.OutputDirectory, "--templates", templates);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{course.CourseDirectory}/cpd-record.md(2,", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("error SB3007: The templates have no partials/cpd-record.hbs", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(course.OutputFiles());
    }

    private static string CopyTemplatesWithout(string root, string left)
    {
        var target = Path.Combine(root, "templates");
        foreach (var file in Directory.GetFiles(RepoPaths.Templates, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(RepoPaths.Templates, file).Replace('\\', '/');
            if (relative != left)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(target, relative))!);
                File.Copy(file, Path.Combine(target, relative));
            }
        }

        return target;
    }
}
