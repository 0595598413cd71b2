using ScormBuilder.BrowserTests.Harness;
using ScormBuilder.Model;
using static Microsoft.Playwright.Assertions;

namespace ScormBuilder.BrowserTests.Scenarios;

/// <summary>
/// Scenario 6: the LMS refuses or throws several times in a row, then recovers. The learner is warned, keeps
/// working, and everything reaches the LMS in the end.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FailingLmsScenario(BrowserFixture browser, CoursePackages packages)
{
    // The warning shows from the third failure; a fourth keeps it up long enough for a slow machine to see it.
    private const int Failures = 4;

    public static TheoryData<string> Faults => ["LMSCommit returns false", "LMSSetValue returns false", "LMSSetValue throws"];

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task Should_warn_keep_everything_and_deliver_it_when_the_lms_recovers(string fault)
    {
        var built = packages.RealCourse;
        var course = built.Course;
        var reflection = course.Parts.OfType<Reflection>().Single();
        var prompt = reflection.Prompts[^1];
        var launch = Scorm.FirstAttempt(course) with
        {
            Faults = fault switch
            {
                "LMSCommit returns false" => new LmsFaults(CommitFailures: Failures),
                "LMSSetValue returns false" => new LmsFaults(SetValueFailures: Failures, SetValueFault: SetValueFault.ReturnFalse),
                _ => new LmsFaults(SetValueFailures: Failures, SetValueFault: SetValueFault.Throw),
            },
        };
        await using var lms = await TestLms.StartAsync(browser.Browser, built.Package.Path);
        await using var session = await lms.LaunchInFrameAsync(launch);
        var learner = new Learner(session.Sco, course);

        await learner.OpenAsync(course.Sessions.First());
        await learner.OpenAsync(reflection);
        await learner.PromptField(prompt).FillAsync("Typed while the LMS was failing.");
        await Expect(learner.Alert).ToContainTextAsync("Your progress has not reached the learning system yet.");
        await Device.WaitForAsync(session.Sco, "localStorage", Device.Key(await Device.StorageKeyAsync(session.Sco), "learner-1"), "Typed while the LMS was failing.");

        await Expect(learner.Alert).ToBeEmptyAsync(new() { Timeout = 10_000 });
        await Expect(session.Sco.Locator("#sb-live")).ToHaveTextAsync("Your progress is saved.");
        var recovered = await session.ReadReportAsync();
        Assert.Equal(Failures, recovered.Calls.Count(call => call.Injected is not null));
        var saved = SavedProgress.Parse(recovered.CommittedValue("cmi.suspend_data"));
        Assert.Equal([course.Parts[0].Id, course.Sessions.First().Id, reflection.Id], saved.Visited);
        Assert.Equal("Typed while the LMS was failing.", saved.Texts[prompt.Id]);
        Assert.Equal(reflection.Id, recovered.CommittedValue("cmi.core.lesson_location"));
        Assert.Equal("incomplete", recovered.CommittedValue("cmi.core.lesson_status"));

        var report = await Scorm.LeaveAsync(session);
        Scorm.AssertRulesHeld(report, session.ScriptErrors);
        Assert.Equal(recovered.CommittedValue("cmi.suspend_data"), report.CommittedValue("cmi.suspend_data"));
    }
}
