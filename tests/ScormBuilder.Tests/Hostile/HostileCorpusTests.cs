using ScormBuilder.Tests.Diagnostics;
using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Hostile;

/// <summary>
/// Runs every case of <see cref="HostileCorpus"/> through the real command line: a refused input exits 1 with its
/// code at its place, no stack trace and no package; one that builds keeps <see cref="PageInvariants"/>.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class HostileCorpusTests
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, List<string>> s_cleanSkeletons = new();

    public static TheoryData<string> Cases => [.. HostileCorpus.All.Select(c => c.ToString())];

    [Fact]
    public void Should_hold_at_least_150_cases_with_unique_names()
    {
        Assert.True(HostileCorpus.All.Count >= 150, $"The corpus has {HostileCorpus.All.Count} cases.");
        Assert.Empty(HostileCorpus.All.GroupBy(c => c.ToString()).Where(g => g.Count() > 1).Select(g => g.Key));
        // Class 13 is the learner's side (saved progress decoded in the browser): its cases are Jint tables in Runtime/SavedStateFieldTests.
        Assert.All(Enumerable.Range(1, 14).Where(n => n != 13), n => Assert.Contains(HostileCorpus.All, c => c.Class == n));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Should_meet_each_hostile_input_safely(string name)
    {
        // Given
        var hostile = HostileCorpus.All.Single(c => c.ToString() == name);
        using var spec = CourseSpec.Parse(hostile.Spec);
        using var course = TempCourse.CopyOf(RepoPaths.MinimalCourse);
        spec.ApplyTo(course);
        hostile.Arrange?.Invoke(course);
        string[] args = hostile.Args is { } given
            ? [.. given.Select(a => a.Replace("{course}", course.CourseDirectory).Replace("{out}", course.OutputDirectory).Replace("{templates}", RepoPaths.Templates))]
            : ["build", course.CourseDirectory, "-o", course.OutputDirectory, "--templates", RepoPaths.Templates, .. spec.Options];

        // When
        var run = CliRunner.InProcess(args);

        // Then
        Assert.DoesNotContain("internal error", run.Output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", run.Output, StringComparison.Ordinal);
        switch (hostile.Expect)
        {
            case RefusedOutcome refused:
                Assert.True(run.ExitCode == 1, $"Exit {run.ExitCode}:\n{run.Output}");
                // A place that ends with ',' names the line and leaves the column open.
                var at = $"{course.CourseDirectory}/{refused.Where}";
                Assert.True(run.Stderr.Split('\n').Any(l => l.StartsWith(at, StringComparison.Ordinal) && l.Contains($": error {refused.Code}:", StringComparison.Ordinal) && (at.EndsWith(',') || l.StartsWith(at + ":", StringComparison.Ordinal))),
                    $"Expected {refused.Code} at {refused.Where}, got:\n{run.Stderr}");
                Assert.Empty(course.OutputFiles());
                break;
            case UsageOutcome usage:
                Assert.True(run.ExitCode == 2, $"Exit {run.ExitCode}:\n{run.Output}");
                Assert.Contains(usage.Text, run.Stderr, StringComparison.Ordinal);
                Assert.Empty(course.OutputFiles());
                break;
            default:
                Assert.True(run.ExitCode == 0, $"Exit {run.ExitCode}:\n{run.Output}");
                var zip = Assert.Single(course.OutputFiles(), f => f.EndsWith(".zip", StringComparison.Ordinal));
                Assert.Empty(PageInvariants.Problems(ScormPackage.Open(zip).Text("index.html"), s_cleanSkeletons.GetOrAdd(hostile.Baseline, spec => PageInvariants.Skeleton(BuiltPage(spec)))));
                break;
        }
    }

    private static string BuiltPage(string baseline)
    {
        using var spec = CourseSpec.Parse(baseline);
        using var course = TempCourse.CopyOf(RepoPaths.MinimalCourse);
        spec.ApplyTo(course);
        var run = CliRunner.InProcess("build", course.CourseDirectory, "-o", course.OutputDirectory, "--templates", RepoPaths.Templates);
        Assert.True(run.ExitCode == 0, run.Output);
        return ScormPackage.Open(Assert.Single(course.OutputFiles())).Text("index.html");
    }
}
