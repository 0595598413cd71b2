using System.Security.Cryptography;
using System.Xml.Linq;
using ScormBuilder.Cli.Scaffolding;
using ScormBuilder.Targets;
using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Targets;

/// <summary>
/// Building for a target: the package is the same bytes for every built-in target, its adlcp:masteryscore is the
/// course's mastery_score under each, and a course that breaks a target's rule gets no zip and exit code 1.
/// </summary>
public sealed class TargetBuildTests
{
    private static readonly XNamespace s_adlcp = "http://www.adlnet.org/xsd/adlcp_rootv1p2";

    public static TheoryData<string> BuiltIn => [.. TargetLoader.BuiltIn];

    [Theory]
    [MemberData(nameof(BuiltIn))]
    public void Should_give_the_manifest_the_courses_mastery_score_under_every_built_in_target(string target)
    {
        // Given a course whose mastery score is not the minimal course's own, so a stale value cannot pass
        using var course = new TargetCourse(TargetCourse.Listed);
        course.Course.Replace("course.yaml", "mastery_score: 75", "mastery_score: 60");
        course.Course.Replace("quiz.yaml", "pass_mark: 75", "pass_mark: 60");

        // When it is built for the target
        var run = CliRunner.InProcess("build", course.Course.CourseDirectory, "-o", course.Course.OutputDirectory, "--templates", RepoPaths.Templates, "--target", target);

        // Then the manifest's mastery score is the course's
        Assert.True(run.ExitCode == 0, run.Stderr);
        var manifest = XDocument.Parse(ScormPackage.Open(Assert.Single(course.Course.OutputFiles(), f => f.EndsWith(".zip", StringComparison.Ordinal))).ManifestText);
        Assert.Equal("60", Assert.Single(manifest.Descendants(s_adlcp + "masteryscore")).Value);
    }

    [Fact]
    public void Should_write_the_same_package_bytes_for_every_target_as_without_one()
    {
        using var course = new TargetCourse(TargetCourse.Listed);

        var hashes = new[] { null, "generic", "moodle", "learninghub", "esr", "moodle,learninghub,esr" }.Select(target =>
        {
            var output = Path.Combine(course.Course.Root, "dist-" + (target ?? "none"));
            string[] args = ["build", course.Course.CourseDirectory, "-o", output, "--templates", RepoPaths.Templates];
            var run = CliRunner.InProcess(target is null ? args : [.. args, "--target", target]);
            Assert.True(run.ExitCode == 0, run.Stderr);
            return Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(Assert.Single(Directory.GetFiles(output, "*.zip")))));
        }).ToList();

        Assert.Single(hashes.Distinct());
    }

    [Fact]
    public void Should_exit_1_and_write_no_zip_when_the_course_breaks_learning_hubs_rules()
    {
        // Given a course with a licence Learning Hub does not offer
        using var course = new TargetCourse("licence: MIT\ncertificate: true\n");

        // When the real CLI builds it for Learning Hub
        var run = CliRunner.AsProcess(course.Course.Root, "build", "course", "--templates", RepoPaths.Templates, "--target", "learninghub");

        // Then it fails at the licence's line, and writes nothing
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"course/course.yaml({course.LineOf("licence:")},10): error SB2074: licence 'MIT' is not one NHS Learning Hub offers.", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(course.Course.Root, "dist")) && Directory.EnumerateFileSystemEntries(Path.Combine(course.Course.Root, "dist")).Any());
    }

    [Fact]
    public void Should_check_the_flagship_course_clean_for_every_built_in_target()
    {
        var result = CourseCompiler.Default.Run(new BuildOptions(RepoPaths.Course, RepoPaths.Templates, OutputDirectory: null, Targets: TargetLoader.BuiltIn));

        Assert.Empty(result.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()));
    }

    [Fact]
    public void Should_check_the_new_sample_course_clean_for_every_built_in_target()
    {
        var root = Directory.CreateTempSubdirectory("sb-target-sample-").FullName;
        try
        {
            var course = Path.Combine(root, "my-course");
            SampleCourse.WriteTo(course);

            var result = CourseCompiler.Default.Run(new BuildOptions(course, RepoPaths.Templates, OutputDirectory: null, Targets: TargetLoader.BuiltIn));

            Assert.Empty(result.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Should_check_the_same_rules_in_check_as_in_build()
    {
        using var course = new TargetCourse("licence: MIT\ncertificate: true\n");

        var run = CliRunner.InProcess("check", course.Course.CourseDirectory, "--templates", RepoPaths.Templates, "--target", "moodle,learninghub");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error SB2074:", run.Stderr, StringComparison.Ordinal);
    }
}
