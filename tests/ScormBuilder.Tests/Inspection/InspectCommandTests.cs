using System.Text.Json;
using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Inspection;

/// <summary>Given a package on disk, when 'scormbuilder inspect' runs as a real process, then its exit code, output and disk are as promised.</summary>
public sealed class InspectCommandTests : IClassFixture<InspectCommandTests.OwnPackage>
{
    private readonly OwnPackage _own;

    public InspectCommandTests(OwnPackage own) => _own = own;

    [Fact]
    public void Should_inspect_our_own_built_package_clean()
    {
        var run = CliRunner.AsProcess(_own.Course.Root, "inspect", _own.ZipPath);

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("Result: no problems found.", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Made with:     ScormBuilder", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Mastery score: 75", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_inspect_the_flagship_course_package_clean()
    {
        using var course = TempCourse.CopyOf(RepoPaths.Course);
        var build = CliRunner.InProcess("build", course.CourseDirectory, "-o", course.OutputDirectory, "--templates", RepoPaths.Templates);
        Assert.True(build.ExitCode == 0, build.Output);

        var report = ScormBuilder.Inspection.PackageInspector.Default.Inspect(Assert.Single(course.OutputFiles()));

        Assert.Empty(report.Findings);
        Assert.Equal("80", report.Manifest?.Launch?.Item.MasteryScore);
    }

    [Fact]
    public void Should_exit_1_on_a_package_that_would_not_upload_and_write_nothing()
    {
        using var folder = TempCourse.Empty();
        var zip = Path.Combine(folder.Root, "supplier.zip");
        File.WriteAllBytes(zip, TestZip.Sound().Add("../escape.html", "x").Without("index.html").Bytes());
        var before = Snapshot(folder.Root);

        var run = CliRunner.AsProcess(folder.Root, "inspect", zip);

        Assert.True(run.ExitCode == 1, run.Output);
        Assert.Contains("error SB4045:", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("error SB4046:", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("  Fix: ", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(folder.Root));
    }

    [Fact]
    public void Should_exit_1_not_3_on_a_file_that_is_not_a_zip()
    {
        using var folder = TempCourse.Empty();
        var fake = Path.Combine(folder.Root, "course.zip");
        File.WriteAllText(fake, "PK\u0003\u0004 but nothing more");

        var run = CliRunner.AsProcess(folder.Root, "inspect", fake);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error SB4031:", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_exit_2_for_a_path_that_does_not_exist()
    {
        var run = CliRunner.AsProcess(_own.Course.Root, "inspect", "no-such-package.zip");

        Assert.Equal((2, ""), (run.ExitCode, run.Stdout));
        Assert.Contains("There is no file 'no-such-package.zip'", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_give_scripts_the_same_json_every_time()
    {
        var first = CliRunner.InProcess("inspect", _own.ZipPath, "--format", "json");
        var second = CliRunner.InProcess("inspect", _own.ZipPath, "--format", "json");

        Assert.Equal(first, second);
        using var json = JsonDocument.Parse(first.Stdout);
        Assert.False(json.RootElement.GetProperty("blocksUpload").GetBoolean());
        Assert.Equal("index.html", json.RootElement.GetProperty("manifest").GetProperty("launch").GetString());
        Assert.Equal(0, json.RootElement.GetProperty("findings").GetArrayLength());
    }

    [Fact]
    public void Should_list_findings_in_json_with_code_reason_and_fix()
    {
        using var folder = TempCourse.Empty();
        var zip = Path.Combine(folder.Root, "course.zip");
        File.WriteAllBytes(zip, TestZip.Sound("").Bytes());

        var run = CliRunner.InProcess("inspect", zip, "--format", "json");

        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        var finding = json.RootElement.GetProperty("findings")[0];
        Assert.Equal(("SB4044", "error"), (finding.GetProperty("code").GetString(), finding.GetProperty("severity").GetString()));
        Assert.False(string.IsNullOrEmpty(finding.GetProperty("fix").GetString()));
    }

    /// <summary>Every file and folder under <paramref name="root"/> with its size and time: equal before and after means nothing was written.</summary>
    internal static string Snapshot(string root) => string.Join('\n', Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories)
        .Order(StringComparer.Ordinal).Select(p => $"{p} {(File.Exists(p) ? new FileInfo(p).Length : -1)} {File.GetLastWriteTimeUtc(p):O}"));

    /// <summary>The minimal test course built once, as the other packaging tests build it.</summary>
    public sealed class OwnPackage : IDisposable
    {
        public OwnPackage()
        {
            var run = CliRunner.InProcess("build", Course.CourseDirectory, "-o", Course.OutputDirectory, "--templates", RepoPaths.Templates);
            Assert.True(run.ExitCode == 0, run.Output);
            ZipPath = Assert.Single(Course.OutputFiles());
        }

        internal TempCourse Course { get; } = TempCourse.CopyOf(RepoPaths.MinimalCourse);

        public string ZipPath { get; }

        public void Dispose() => Course.Dispose();
    }
}
