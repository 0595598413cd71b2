using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Inspection;

/// <summary>
/// Given each hostile archive on disk, when 'scormbuilder inspect' runs on it as a real process, then it exits 1
/// (never 3) with the finding and no stack trace, and nothing is written beside it, where it runs, or where a
/// '../' entry name points.
/// </summary>
public sealed class HostileInspectCommandTests
{
    public static TheoryData<string> Kinds => HostileArchives.Names;

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Should_exit_1_with_the_finding_and_write_nothing(string kind)
    {
        using var folder = TempCourse.Empty();
        // Run two folders down, so '../../escaped.html' would land inside the folder watched.
        var workingDirectory = Directory.CreateDirectory(Path.Combine(folder.Root, "a", "b", "work")).FullName;
        var zip = Path.Combine(folder.Root, $"{kind}.zip");
        File.WriteAllBytes(zip, HostileArchives.Bytes(kind));
        var before = InspectCommandTests.Snapshot(folder.Root);

        var run = CliRunner.AsProcess(workingDirectory, "inspect", zip);

        Assert.True(run.ExitCode == 1, run.Output);
        Assert.Contains($"error {HostileArchives.Code(kind)}:", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Output, StringComparison.Ordinal);
        Assert.Equal(before, InspectCommandTests.Snapshot(folder.Root));
    }
}
