using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Hostile;

/// <summary>
/// For every link and swap case of the corpus (classes 3 and 4): nothing of an outside file reaches the output,
/// in a diagnostic or in a package. (Before the sandbox walked links itself, 'ln -s /etc d; ln -s d/passwd
/// course.yaml' printed the outside file's first line in an SB1006.)
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class SandboxSecretTests
{
    public static TheoryData<string> Cases => [.. HostileCorpus.All.Where(c => c.Class is 3 or 4).Select(c => c.ToString())];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Should_never_quote_or_pack_an_outside_file(string name)
    {
        // Given
        var hostile = HostileCorpus.All.Single(c => c.ToString() == name);
        using var spec = Diagnostics.CourseSpec.Parse(hostile.Spec);
        using var course = TempCourse.CopyOf(RepoPaths.MinimalCourse);
        spec.ApplyTo(course);
        hostile.Arrange?.Invoke(course);
        HostileCorpus.Outside(course);
        string[] args = hostile.Args is { } given
            ? [.. given.Select(a => a.Replace("{course}", course.CourseDirectory).Replace("{out}", course.OutputDirectory).Replace("{templates}", RepoPaths.Templates))]
            : ["build", course.CourseDirectory, "-o", course.OutputDirectory, "--templates", RepoPaths.Templates];

        // When
        var run = CliRunner.InProcess(args);

        // Then
        Assert.DoesNotContain("OUTSIDE-SECRET", run.Output, StringComparison.Ordinal);
        foreach (var zip in course.OutputFiles().Where(f => f.EndsWith(".zip", StringComparison.Ordinal)))
        {
            Assert.DoesNotContain(ScormPackage.Open(zip).Entries.Values, bytes => System.Text.Encoding.ASCII.GetString(bytes).Contains("OUTSIDE-SECRET", StringComparison.Ordinal));
        }
    }
}
