using System.Runtime.InteropServices;
using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Hostile;

/// <summary>
/// Every accepted input of size N builds in O(N): for each shape an author could repeat, a build with the shape 10
/// times larger takes at most 15 times as long, counting only the time above a build of the same course without
/// it (best of three each, taken in turn with the empty course's build). Time here is the processor time the build
/// process used (user and system, from getrusage), which other work on the machine barely changes, where the wall
/// clock doubles. The builds run
/// as the author runs them, one process each: in one warm process the small input fits the processor's caches and
/// needs no full garbage collection, so it runs some twice as fast per byte as the large one, which no algorithm
/// explains (the quadratic inputs this guards against grew 30 to 90 times for 10 times the size). The larger sizes
/// fit the 2 MB file limit. Tables are not here: 10,000 cells, the most a body may hold, build in ~100 ms.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
[Collection(nameof(Pipeline.RunsAlone))]
public sealed class LinearTimeTests
{
    private const int Runs = 3;

    public static TheoryData<string> Shapes => [.. s_shapes.Keys];

    // Each shape at size n, appended to pages/references.md; n is chosen so the small build does ~100 ms of work.
    private static readonly Dictionary<string, (Func<int, string> Text, int N)> s_shapes = new()
    {
        ["duplicate headings"] = (n => Repeat("\n## A\n", n), 8_000),
        ["elements opened and closed"] = (n => Repeat("<b></b>", n), 25_000),
        ["links"] = (n => Repeat("[a](https://www.example.org/) ", n), 6_000),
        ["paragraphs"] = (n => Repeat("\nA line.\n", n), 20_000),
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Should_build_ten_times_the_input_in_at_most_fifteen_times_the_time(string shape)
    {
        // Given
        var (text, n) = s_shapes[shape];
        using var empty = Course("");
        using var smaller = Course(text(n));
        using var larger = Course(text(10 * n));

        // When: the empty course in the same rounds, so that all three meet the machine in the same state
        var best = BestTimes(empty, smaller, larger);
        var (small, large) = (best[1] - best[0], best[2] - best[0]);

        // Then
        Assert.True(large <= 15 * small, $"'{shape}': {n:N0} took {small.TotalMilliseconds:N0} ms, {10 * n:N0} took {large.TotalMilliseconds:N0} ms (above an empty build's {best[0].TotalMilliseconds:N0} ms).");
    }

    private static TempCourse Course(string appended)
    {
        var course = TempCourse.CopyOf(RepoPaths.MinimalCourse);
        File.AppendAllText(course.PathOf("pages/references.md"), appended + "\n");
        return course;
    }

    // The best of Runs builds of each course, built in turn so that a slow moment of the machine hits all alike.
    private static TimeSpan[] BestTimes(params TempCourse[] courses)
    {
        var best = courses.Select(_ => TimeSpan.MaxValue).ToArray();
        for (var run = 0; run < Runs; run++)
        {
            for (var i = 0; i < courses.Length; i++)
            {
                var before = ChildProcessorTime();
                var result = CliRunner.AsProcess(courses[i].Root, "build", courses[i].CourseDirectory, "-o", courses[i].OutputDirectory, "--templates", RepoPaths.Templates);
                var used = ChildProcessorTime() - before;
                Assert.True(result.ExitCode == 0, result.Output);
                best[i] = used < best[i] ? used : best[i];
            }
        }

        return best;
    }

    // The processor time of every finished child of this process; nothing else in it runs while this class does.
    private static TimeSpan ChildProcessorTime()
    {
        const int Children = -1;
        var usage = new long[18];
        Assert.Equal(0, GetResourceUsage(Children, usage));
        return TimeSpan.FromSeconds(usage[0] + usage[2]) + TimeSpan.FromMicroseconds(usage[1] + usage[3]);
    }

    [DllImport("libc", EntryPoint = "getrusage")]
    private static extern int GetResourceUsage(int who, long[] usage);

    private static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));
}
