using System.Text.Json;
using ScormBuilder.BrowserTests.Harness;
using ScormBuilder.BrowserTests.Scenarios;
using ScormBuilder.Model;
using Xunit.Abstractions;

namespace ScormBuilder.BrowserTests.Accessibility;

/// <summary>
/// Moving between parts feels instant: on the real course, in the LMS's frame, each page change from the click on
/// Next to the new heading focused and painted takes under 50 ms, measured in the page with the Performance API.
/// The same walk with the CPU slowed four times (Chromium's own throttling, a mid-range phone) is measured too.
/// The course is walked twice and each change is judged by its faster walk: CI shares two cores with other work,
/// and one stall there says nothing about the course.
/// </summary>
[Collection(TimingCollection.Name)]
public sealed class PageChangeTimingTests(BrowserFixture browser, CoursePackages packages, ITestOutputHelper output)
{
    private const double BudgetMs = 50;
    private const int PhoneSlowdown = 4;

    // Click, then the first frame after: the part shown, its heading focused, the LMS told, style and layout done.
    private const string MeasureEveryNext = """
        async () => {
          document.querySelector('#sb-contents a').click();
          const next = document.getElementById('sb-next');
          const frame = () => new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve, 0)));
          const changes = [];
          await frame();
          while (!next.disabled) {
            performance.mark('sb-test-click');
            next.click();
            const heading = document.activeElement;
            heading.getBoundingClientRect();
            performance.mark('sb-test-focused');
            await frame();
            performance.mark('sb-test-painted');
            changes.push({
              part: heading.closest('.sb-part').id,
              focused: heading.tagName === 'H1',
              scriptMs: performance.measure('sb-test-script', 'sb-test-click', 'sb-test-focused').duration,
              totalMs: performance.measure('sb-test-change', 'sb-test-click', 'sb-test-painted').duration,
            });
          }
          return JSON.stringify(changes);
        }
        """;

    [Fact]
    public async Task Should_change_page_within_50_ms_each_time()
    {
        var built = packages.RealCourse;
        var course = built.Course;
        await using var lms = await TestLms.StartAsync(browser.Browser, built.Package.Path);
        await using var session = await lms.LaunchInFrameAsync(Scorm.FirstAttempt(course));
        await session.ResizeFrameAsync(1280, 800);
        await new Learner(session.Sco, course).ExpectOnAsync(course.Parts[0]);

        var best = await WalkTwiceAsync(session, course, "at full speed");
        Assert.All(best, c => Assert.True(c.TotalMs < BudgetMs, $"Changing to {c.Part} took {c.TotalMs:F1} ms even at its better walk; the budget is {BudgetMs} ms."));

        // The phone profile is measured and printed for the table in docs/benchmarks.md, not judged: a throttled walk on two
        // shared cores says more about the machine than about the course.
        var devTools = await session.ScoPage.Context.NewCDPSessionAsync(session.ScoPage);
        await devTools.SendAsync("Emulation.setCPUThrottlingRate", new Dictionary<string, object> { ["rate"] = PhoneSlowdown });
        await WalkTwiceAsync(session, course, $"with the CPU {PhoneSlowdown}x slower (a mid-range phone)");
        Assert.Empty(session.ScriptErrors);
    }

    private async Task<List<PageChange>> WalkTwiceAsync(LmsSession session, Course course, string how)
    {
        var walks = new List<List<PageChange>>();
        for (var walk = 0; walk < 2; walk++)
        {
            var json = await session.Sco.EvaluateAsync<string>(MeasureEveryNext);
            walks.Add(JsonSerializer.Deserialize<List<PageChange>>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))!);
        }

        var (first, second) = (walks[0], walks[1]);
        Assert.All(walks, changes => Assert.Equal(course.Parts.Skip(1).Select(p => p.Id), changes.Select(c => c.Part)));
        Assert.All(walks.SelectMany(w => w), c => Assert.True(c.Focused, $"After Next, focus was not on {c.Part}'s heading."));
        output.WriteLine($"Page changes on the real course ({first.Count}), {how}: click to heading focused / to the next frame, first walk | second walk");
        foreach (var (a, b) in first.Zip(second))
        {
            output.WriteLine($"  {a.Part,-18} {a.ScriptMs,5:F1} / {a.TotalMs,5:F1} ms | {b.ScriptMs,5:F1} / {b.TotalMs,5:F1} ms");
        }

        var best = first.Zip(second, (a, b) => a.TotalMs <= b.TotalMs ? a : b).ToList();
        output.WriteLine($"  slowest (better of the two walks): {best.Max(c => c.TotalMs):F1} ms; median {best.Select(c => c.TotalMs).Order().ElementAt(best.Count / 2):F1} ms");
        return best;
    }

    private sealed record PageChange(string Part, bool Focused, double ScriptMs, double TotalMs);
}
