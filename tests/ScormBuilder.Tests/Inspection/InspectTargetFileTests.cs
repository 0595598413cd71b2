using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Inspection;

/// <summary>
/// 'inspect --target' as a real process, run from a repository root: a course's own target is passed as its file's
/// path, a bare name is looked for in ./targets/ and among the built-in ones, and a target not found says where it looked.
/// </summary>
public sealed class InspectTargetFileTests : IDisposable
{
    private const string ExactZipTarget = "platform: Turas\npackage:\n  extension: .zip\n  extension_case: exact\n";

    private readonly TempCourse _repository = TempCourse.Empty();

    public InspectTargetFileTests()
    {
        Directory.CreateDirectory(Path.Combine(_repository.CourseDirectory, "targets"));
        File.WriteAllBytes(Path.Combine(_repository.Root, "Course.ZIP"), TestZip.Sound().Bytes());
    }

    [Theory]
    [InlineData("turas.yaml")]
    [InlineData("turas.yml")]
    public void Should_apply_the_target_in_the_file_a_path_names(string file)
    {
        WriteTarget(file, ExactZipTarget);

        var run = Inspect($"course/targets/{file}");

        Assert.True(run.ExitCode == 1, run.Output);
        Assert.Contains("Course.ZIP: error SB4058: ", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("which Turas requires", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_apply_a_path_target_beside_a_built_in_one()
    {
        WriteTarget("turas.yaml", "platform: Turas\n");

        var run = Inspect("moodle,course/targets/turas.yaml");

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("Result: no problems found.", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_still_find_a_bare_name_in_targets_under_the_current_folder()
    {
        WriteTarget("turas.yaml", ExactZipTarget);
        File.Copy(Path.Combine(_repository.Root, "Course.ZIP"), Path.Combine(_repository.CourseDirectory, "Course.ZIP"));

        var run = CliRunner.AsProcess(_repository.CourseDirectory, "inspect", "Course.ZIP", "--target", "turas");

        Assert.True(run.ExitCode == 1, run.Output);
        Assert.Contains("which Turas requires", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_name_where_it_looked_and_the_built_in_targets_when_a_bare_name_is_not_found()
    {
        WriteTarget("turas.yaml", ExactZipTarget);

        var run = Inspect("turas");

        Assert.Equal((2, ""), (run.ExitCode, run.Stdout));
        Assert.StartsWith("scormbuilder: targets/turas.yaml: error SB1047: There is no target 'turas': ", run.Stderr, StringComparison.Ordinal);
        Assert.Contains($"looked for targets/turas.yaml in '{Path.GetFullPath(_repository.Root)}'", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("the built-in ones are generic, moodle, learninghub, esr", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("'--target course/targets/turas.yaml'", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_exit_2_naming_the_full_path_of_a_target_file_that_is_not_there()
    {
        var run = Inspect("course/targets/turas.yaml");

        Assert.Equal((2, ""), (run.ExitCode, run.Stdout));
        var full = Path.Combine(Path.GetFullPath(_repository.CourseDirectory), "targets", "turas.yaml");
        Assert.StartsWith($"scormbuilder: course/targets/turas.yaml: error SB1047: There is no target file '{full}'.", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("generic, moodle, learninghub, esr", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_exit_2_when_a_target_file_name_is_not_a_target_name()
    {
        WriteTarget("Turas_LMS.yaml", ExactZipTarget);

        var run = Inspect("course/targets/Turas_LMS.yaml");

        Assert.Equal((2, ""), (run.ExitCode, run.Stdout));
        Assert.StartsWith("scormbuilder: course/targets/Turas_LMS.yaml: error SB1048: 'Turas_LMS' is not a target name", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_report_a_mistake_in_a_target_file_at_its_path_and_line()
    {
        WriteTarget("turas.yaml", "platform: Turas\nplatfrom: Turas\n");

        var run = Inspect("course/targets/turas.yaml");

        Assert.Equal((2, ""), (run.ExitCode, run.Stdout));
        Assert.StartsWith("scormbuilder: course/targets/turas.yaml(2,1): error ", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("platfrom", run.Stderr, StringComparison.Ordinal);
    }

    public void Dispose() => _repository.Dispose();

    private CliRun Inspect(string target) => CliRunner.AsProcess(_repository.Root, "inspect", "Course.ZIP", "--target", target);

    private void WriteTarget(string file, string text) => File.WriteAllText(Path.Combine(_repository.CourseDirectory, "targets", file), text);
}
