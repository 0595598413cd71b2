using ScormBuilder.BrowserTests.Harness;

namespace ScormBuilder.BrowserTests.Scenarios;

/// <summary>Scenario 4: launched by window.open, as NHS Learning Hub and ESR do: the API is on the opener.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NewWindowScenario(BrowserFixture browser, CoursePackages packages)
{
    [Fact]
    public async Task Should_find_the_api_on_the_opener_and_finish_when_the_window_closes()
    {
        var built = packages.RealCourse;
        var course = built.Course;
        var visited = course.Parts.Take(4).ToList();
        await using var lms = await TestLms.StartAsync(browser.Browser, built.Package.Path);
        await using var session = await lms.LaunchInWindowAsync(Scorm.FirstAttempt(course));
        var learner = new Learner(session.Sco, course);

        Assert.True(await session.ScoPage.EvaluateAsync<bool>("() => window.API === undefined && window.parent === window && window.opener !== null"),
            "The course window must have no API of its own, so that only the opener can provide it.");
        await learner.ExpectOnAsync(visited[0]);
        foreach (var part in visited.Skip(1).Reverse())
        {
            await learner.OpenAsync(part);
        }

        var report = await Scorm.LeaveAsync(session);

        Scorm.AssertRulesHeld(report, session.ScriptErrors);
        Assert.Equal("incomplete", report.CommittedValue("cmi.core.lesson_status"));
        Assert.Equal("suspend", report.CommittedValue("cmi.core.exit"));
        Assert.Equal(visited[1].Id, report.CommittedValue("cmi.core.lesson_location"));
        Assert.Equal(visited.Select(p => p.Id), SavedProgress.Parse(report.CommittedValue("cmi.suspend_data")).Visited);
    }
}
