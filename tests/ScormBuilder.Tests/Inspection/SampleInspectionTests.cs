using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Inspection;

/// <summary>
/// The course a new author starts from, as real processes: 'new', then 'build', then 'inspect' for every built-in
/// target. The first package an author uploads must inspect clean everywhere.
/// </summary>
public sealed class SampleInspectionTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sb-sample-inspect-").FullName;

    [Fact]
    public void Should_inspect_the_new_sample_package_clean_for_every_built_in_target()
    {
        Assert.Equal(0, CliRunner.AsProcess(_root, "new", "my-course").ExitCode);
        var build = CliRunner.AsProcess(_root, "build", "my-course", "-o", "dist");
        Assert.True(build.ExitCode == 0, build.Output);
        var zip = Assert.Single(Directory.GetFiles(Path.Combine(_root, "dist"), "*.zip"));

        var inspect = CliRunner.AsProcess(_root, "inspect", zip, "--target", "generic,moodle,learninghub,esr");

        Assert.True(inspect.ExitCode == 0, inspect.Output);
        Assert.Contains("Made with:     ScormBuilder", inspect.Stdout, StringComparison.Ordinal);
        Assert.Contains("Mastery score: ", inspect.Stdout, StringComparison.Ordinal);
        Assert.EndsWith("Result: no problems found. The package can be uploaded.\n", inspect.Stdout, StringComparison.Ordinal);
        Assert.Equal("", inspect.Stderr);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
