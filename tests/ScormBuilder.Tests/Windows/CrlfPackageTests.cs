using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Windows;

/// <summary>
/// Git for Windows checks text out with CRLF unless told otherwise, so an author on Windows builds from CRLF files:
/// YAML, Markdown, tracking.lock, drawings (SVG) and captions (WebVTT). The package must be the same bytes as the
/// one built from LF files on Linux, or two builds of one commit would differ by where they ran.
/// </summary>
public sealed class CrlfPackageTests
{
    [Fact]
    public void Should_build_the_sample_course_from_crlf_files_to_the_same_bytes()
    {
        // Given the sample course 'new' writes (a drawing, a scenario, a knowledge check), once as LF and once as CRLF
        using var plain = SampleCourse();
        using var windows = SampleCourse();
        var converted = WindowsLineEndings.Apply(windows.CourseDirectory);

        // Then every kind of text file was converted, and the packages are the same bytes
        Assert.Contains("media/course-to-package.svg", converted);
        Assert.Contains("scenarios/broken-link.yaml", converted);
        Assert.Contains("tracking.lock", converted);
        Assert.Equal(File.ReadAllBytes(Build(plain)), File.ReadAllBytes(Build(windows)));
    }

    [Fact]
    public void Should_build_the_minimal_course_with_crlf_captions_to_the_same_bytes()
    {
        using var plain = TempCourse.CopyOf(RepoPaths.MinimalCourse);
        using var windows = TempCourse.CopyOf(RepoPaths.MinimalCourse);
        var converted = WindowsLineEndings.Apply(windows.CourseDirectory);

        Assert.Contains("media/summary.vtt", converted);
        Assert.Equal(File.ReadAllBytes(Build(plain)), File.ReadAllBytes(Build(windows)));
    }

    [Fact]
    public void Should_pack_a_crlf_drawing_with_lf_line_endings()
    {
        using var windows = SampleCourse();
        WindowsLineEndings.Apply(windows.CourseDirectory);

        var package = ScormPackage.Open(Build(windows));

        Assert.DoesNotContain("\r", package.Text("media/course-to-package.svg"), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_build_with_a_crlf_copy_of_the_templates_to_the_same_bytes()
    {
        // Given a rebranded copy of the templates, checked out on Windows (the SCORM schemas keep ADL's own bytes)
        using var course = TempCourse.CopyOf(RepoPaths.MinimalCourse);
        var templates = Path.Combine(course.Root, "templates");
        CopyDirectory(RepoPaths.Templates, templates);
        foreach (var file in Directory.GetFiles(templates, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".xsd", StringComparison.Ordinal)))
        {
            File.WriteAllBytes(file, WindowsLineEndings.ToCrlf(File.ReadAllBytes(file)));
        }

        // When it builds with each
        var plain = File.ReadAllBytes(Build(course));
        File.Delete(Assert.Single(course.OutputFiles()));
        var run = CliRunner.InProcess("build", course.CourseDirectory, "-o", course.OutputDirectory, "--templates", templates);

        // Then
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Equal(plain, File.ReadAllBytes(Assert.Single(course.OutputFiles())));
    }

    private static void CopyDirectory(string source, string target)
    {
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }

    private static TempCourse SampleCourse()
    {
        var course = TempCourse.Empty();
        var run = CliRunner.InProcess("new", course.CourseDirectory);
        Assert.True(run.ExitCode == 0, run.Output);
        return course;
    }

    private static string Build(TempCourse course)
    {
        var run = CliRunner.InProcess("build", course.CourseDirectory, "-o", course.OutputDirectory, "--templates", RepoPaths.Templates);
        Assert.True(run.ExitCode == 0, run.Output);
        return Assert.Single(course.OutputFiles());
    }
}
