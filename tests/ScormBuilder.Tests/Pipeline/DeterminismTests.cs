using System.Text;
using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Pipeline;

public sealed class DeterminismTests
{
    [Fact]
    public void Should_give_identical_bytes_when_built_twice_from_different_folders()
    {
        using var first = TempCourse.CopyOf(RepoPaths.MinimalCourse);
        using var second = TempCourse.CopyOf(RepoPaths.MinimalCourse);

        Assert.Equal(Build(first), Build(second));
    }

    [Fact]
    public void Should_build_crlf_and_bom_sources_to_the_same_bytes_as_lf()
    {
        using var plain = TempCourse.CopyOf(RepoPaths.MinimalCourse);
        using var windows = TempCourse.CopyOf(RepoPaths.MinimalCourse);
        foreach (var file in Directory.GetFiles(windows.CourseDirectory, "*.*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".yaml", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(file).Replace("\n", "\r\n", StringComparison.Ordinal);
            File.WriteAllText(file, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        }

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, File.ReadAllBytes(windows.PathOf("course.yaml"))[..3]);
        Assert.Contains("\r\n", File.ReadAllText(windows.PathOf("quiz.yaml")), StringComparison.Ordinal);
        Assert.Equal(Build(plain), Build(windows));
    }

    private static byte[] Build(TempCourse course)
    {
        var run = CliRunner.InProcess("build", course.CourseDirectory, "-o", course.OutputDirectory, "--templates", RepoPaths.Templates);
        Assert.True(run.ExitCode == 0, run.Output);
        return File.ReadAllBytes(Assert.Single(course.OutputFiles()));
    }
}
