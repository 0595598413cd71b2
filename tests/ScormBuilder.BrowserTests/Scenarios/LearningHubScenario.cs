using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ScormBuilder.BrowserTests.Harness;
using static Microsoft.Playwright.Assertions;

namespace ScormBuilder.BrowserTests.Scenarios;

/// <summary>
/// NHS Learning Hub: the learner passes and is offered their record at once; the completion reaches the LMS with
/// a session time; Learning Hub starts afresh next time, and the browser still offers the completed attempt's record.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class LearningHubScenario(BrowserFixture browser, CoursePackages packages)
{
    private const string Words = "Past attempt";

    [Theory]
    [InlineData("60")]
    [InlineData("NaN:aN:aN")]
    public async Task Should_offer_the_record_at_completion_and_again_after_learning_hub_starts_afresh(string totalTimeAsSent)
    {
        var built = packages.RealCourse;
        var course = built.Course;
        await using var lms = await TestLms.StartAsync(browser.Browser, built.Package.Path);
        await using var profile = await lms.NewProfileAsync();

        var first = await profile.LaunchLearningHubAsync(Scorm.LearningHubFirstAttempt(course));
        var learner = new Learner(first.Sco, course);
        await learner.VisitAllAndPassAsync(Words);
        var keep = first.Sco.Locator("#sb-keep-record");
        await Expect(keep).ToBeVisibleAsync();
        await Expect(keep.Locator("[data-cpd-print]")).ToBeVisibleAsync();
        await Expect(keep.Locator("[data-cpd-download]")).ToBeVisibleAsync();
        await Expect(keep.Locator("[data-cpd-download]")).ToHaveAttributeAsync("href", new Regex("^blob:"));
        await first.ScoPage.CloseAsync(new() { RunBeforeUnload = true });
        var stored = await first.ReadStoredReportAsync(report => report.Finished);

        Scorm.AssertRulesHeld(stored, first.ScriptErrors);
        Assert.True(stored.CompletionRecorded, "Learning Hub recorded no completion:\n" + stored.Describe());
        Assert.True(Scorm.Seconds(stored.CompletionSessionTime) > 0, $"session_time {stored.CompletionSessionTime}");
        Assert.Equal("passed", stored.CommittedValue("cmi.core.lesson_status"));
        AssertLearningHubRespected(stored);

        var second = await profile.LaunchLearningHubAsync(Scorm.LearningHubNextAfter(stored, totalTimeAsSent));
        learner = new Learner(second.Sco, course);
        var past = second.Sco.Locator("#sb-past-record");
        var completedOn = LongDate(DateTime.Now);
        await Expect(past).ToBeVisibleAsync();
        await Expect(past).ToContainTextAsync($"You completed this course on {completedOn}.");
        await second.Sco.Locator("#sb-show-past-record").ClickAsync();
        await learner.ExpectOnAsync(learner.Record);
        var record = learner.RecordDocument;
        await Expect(record.Locator("[data-cpd=completed]")).ToHaveTextAsync(completedOn);
        await Expect(record.Locator("[data-cpd=score]")).ToHaveTextAsync("100% (passed)");
        await Expect(record.Locator($"[data-cpd-answer={learner.Reflection.Prompts[0].Id}]")).ToHaveTextAsync($"{Words} {learner.Reflection.Prompts[0].Id}");
        await Expect(record.Locator("[data-cpd-action='0']")).ToHaveTextAsync($"{Words} action");
        await Expect(record.Locator("[data-cpd=time]")).ToHaveTextAsync(SaneTime());
        await Expect(record.Locator("[data-cpd=certificate-date]")).ToHaveTextAsync(completedOn);
        await Expect(second.Sco.Locator("#sb-cpd-current")).ToBeVisibleAsync();

        var report = await second.ReadReportAsync();
        Scorm.AssertRulesHeld(report, second.ScriptErrors, finished: false);
        AssertLearningHubRespected(report);
        Assert.DoesNotContain(Scorm.StatusesSet(report), status => status is "passed" or "completed" or "failed");
        Assert.DoesNotContain(report.CallsTo("LMSSetValue"), call => call.Arguments[0] == "cmi.suspend_data" && (call.Arguments[1] ?? "").Contains(Words, StringComparison.Ordinal));
        if (report.CommittedValue("cmi.suspend_data") is { Length: > 0 } data)
        {
            var saved = SavedProgress.Parse(data);
            Assert.Empty(saved.Texts);
            Assert.Null(saved.Quiz);
        }

        Scorm.AssertNothingWentWrong(second);
    }

    // Learning Hub throws on cmi.comments, misspells latency, and alerts on a commit after finish.
    private static void AssertLearningHubRespected(LmsReport report)
    {
        Assert.DoesNotContain(report.CallsTo("LMSGetValue"), call => call.Arguments[0] == "cmi.comments");
        Assert.DoesNotContain(report.CallsTo("LMSSetValue"), call => (call.Arguments[0] ?? "").EndsWith(".latency", StringComparison.Ordinal));
        Assert.DoesNotContain(report.Calls, call => call.Threw);
    }

    private static readonly string[] s_months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    // The tests run with invariant globalisation: the course's English long date, made by hand.
    internal static string LongDate(DateTime date) => string.Create(CultureInfo.InvariantCulture, $"{date.Day} {s_months[date.Month - 1]} {date.Year}");

    [GeneratedRegex(@"^(Less than a minute|\d+ (hour|minute)s?( \d+ minutes?)?)$")]
    private static partial Regex SaneTime();
}
