using System.Text.RegularExpressions;
using ScormBuilder.BrowserTests.Harness;
using ScormBuilder.Model;
using static Microsoft.Playwright.Assertions;

namespace ScormBuilder.BrowserTests.Scenarios;

/// <summary>
/// The LMS page cancels beforeunload and the learner stays: the course's session has ended, so it says so, sends
/// nothing more, and keeps what the learner writes next for the next launch.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CancelledBeforeUnloadScenario(BrowserFixture browser, CoursePackages packages)
{
    [Fact]
    public async Task Should_say_the_session_ended_send_nothing_more_and_keep_what_comes_next()
    {
        var built = packages.RealCourse;
        var course = built.Course;
        var reflection = course.Parts.OfType<Reflection>().Single();
        await using var lms = await TestLms.StartAsync(browser.Browser, built.Package.Path);
        await using var profile = await lms.NewProfileAsync();

        var session = await profile.LaunchInFrameAsync(Scorm.FirstAttempt(course) with { CancelBeforeUnload = true });
        var learner = new Learner(session.Sco, course);
        await learner.OpenAsync(reflection);
        await learner.PromptField(reflection.Prompts[0]).FillAsync("Before the LMS asked.");
        var key = Device.Key(await Device.StorageKeyAsync(session.Sco), "learner-1");
        // The learner's dismissal of "Leave site?" is PageErrorLog's: it dismisses every dialog, so the page stays.
        await session.LmsPage.CloseAsync(new() { RunBeforeUnload = true });
        await session.WaitForCallsAsync("LMSFinish");

        await Expect(learner.Notice).ToBeVisibleAsync(new() { Timeout = 5_000 });
        await Expect(learner.Notice).ToContainTextAsync(new Regex("session with (the|your) learning system has ended", RegexOptions.IgnoreCase));
        await learner.PromptField(reflection.Prompts[1]).FillAsync("After the session ended.");
        await Device.WaitForAsync(session.Sco, "localStorage", key, "After the session ended.");
        await learner.OpenAsync(course.Parts[0]);
        var ended = await session.ReadReportAsync();
        Assert.False(session.LmsPage.IsClosed);
        Scorm.AssertRulesHeld(ended, session.ScriptErrors);
        Assert.Equal("Before the LMS asked.", SavedProgress.Parse(ended.CommittedValue("cmi.suspend_data")).Texts[reflection.Prompts[0].Id]);
        Assert.True(Scorm.Seconds(Scorm.LastSet(ended, "cmi.core.session_time")) > 0);
        Assert.Single(session.Dialogs);
        Assert.StartsWith("beforeunload", session.Dialogs[0], StringComparison.Ordinal);
        await session.DisposeAsync();

        await using var next = await profile.LaunchInFrameAsync(Scorm.ResumeAfter(ended));
        learner = new Learner(next.Sco, course);
        await learner.OpenAsync(reflection);
        await Expect(learner.PromptField(reflection.Prompts[0])).ToHaveValueAsync("Before the LMS asked.");
        await Expect(learner.PromptField(reflection.Prompts[1])).ToHaveValueAsync("After the session ended.");
        var report = await next.ReadReportAsync();
        Scorm.AssertRulesHeld(report, next.ScriptErrors, finished: false);
        Assert.Contains("After the session ended.", report.CommittedValue("cmi.suspend_data") is { } data ? SavedProgress.Parse(data).Texts.Values : []);
        Assert.Single(next.Dialogs);
        Assert.Empty(next.CspViolations);
    }
}
