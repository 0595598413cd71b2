using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Pipeline;

/// <summary>An organisation's own copy of templates/, possibly older than the tool.</summary>
public sealed class TemplateFolderTests
{
    [Fact]
    public void Should_build_a_course_with_templates_that_lack_a_partial_it_does_not_use()
    {
        using var course = TempCourse.CopyOf(RepoPaths.MinimalCourse);
        var templates = CopyTemplatesWithout(course.Root, "partials/cpd-record.sbn-html");
        course.Replace("course.yaml", "  - cpd-record.md\n", "");
        File.Delete(course.PathOf("cpd-record.md"));

        var run = CliRunner.InProcess("build", course.CourseDirectory, "-o", course.OutputDirectory, "--templates", templates);

        Assert.True(run.ExitCode == 0, run.Output);
    }

    [Fact]
    public void Should_name_the_missing_partial_at_the_part_that_needs_it()
    {
        using var course = TempCourse.CopyOf(RepoPaths.MinimalCourse);
        var templates = CopyTemplatesWithout(course.Root, "partials/cpd-record.sbn-html");

        var run = CliRunner.InProcess("build", course.CourseDirectory, "-o", course.OutputDirectory, "--templates", templates);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{course.CourseDirectory}/cpd-record.md(2,", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("error SB3016: The templates have no partials/cpd-record.sbn-html", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(course.OutputFiles());
    }

    [Fact]
    public void Should_report_a_value_the_template_names_but_the_model_lacks_at_its_place_in_the_template()
    {
        using var course = TempCourse.CopyOf(RepoPaths.MinimalCourse);
        var templates = CopyTemplatesWithout(course.Root, "");
        var page = Path.Combine(templates, "partials", "page.sbn-html");
        File.WriteAllText(page, File.ReadAllText(page).Replace("{{ title }}", "{{ titel }}", StringComparison.Ordinal));

        var run = CliRunner.InProcess("build", course.CourseDirectory, "-o", course.OutputDirectory, "--templates", templates);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{page.Replace('\\', '/')}(2,", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("error SB3017: The template failed while rendering part '", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("titel", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(course.OutputFiles());
    }

    [Fact]
    public void Should_report_an_include_of_a_partial_that_does_not_exist()
    {
        using var course = TempCourse.CopyOf(RepoPaths.MinimalCourse);
        var templates = CopyTemplatesWithout(course.Root, "");
        var session = Path.Combine(templates, "partials", "session.sbn-html");
        File.WriteAllText(session, File.ReadAllText(session).Replace("include \"transcript\"", "include \"transcripts\"", StringComparison.Ordinal));

        var run = CliRunner.InProcess("build", course.CourseDirectory, "-o", course.OutputDirectory, "--templates", templates);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{session.Replace('\\', '/')}(", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("There is no partial 'transcripts' to include", run.Stderr, StringComparison.Ordinal);
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
