using Microsoft.Playwright;
using ScormBuilder.BrowserTests.Harness;
using ScormBuilder.Model;
using static Microsoft.Playwright.Assertions;

namespace ScormBuilder.BrowserTests.Scenarios;

/// <summary>
/// Two learners one after the other on one computer (one browser profile), without an identity from an LMS:
/// the second sees nothing of the first unless the first chose to keep their progress here, and "Remove my
/// answers" removes it in every mode.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SharedComputerScenario(BrowserFixture browser, CoursePackages packages)
{
    private const string Private = "Learner one's private reflection.";

    public static TheoryData<string> Modes => ["no LMS", "refused", "null id", "empty id", "undefined id"];

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task Should_show_the_next_learner_nothing_unless_kept_and_remove_it_on_request(string mode)
    {
        var built = packages.RealCourse;
        var course = built.Course;
        var reflection = course.Parts.OfType<Reflection>().Single();
        var prompt = reflection.Prompts[0];
        await using var lms = await TestLms.StartAsync(browser.Browser, built.Package.Path);
        await using var profile = await lms.NewProfileAsync();

        // Learner 1 writes, and leaves by closing the tab. Under an LMS, it fails every write, so the copy is all there is.
        var (page, learner, _) = await OpenAsync(profile, mode, course, failing: true);
        var key = Device.Key(await Device.StorageKeyAsync(learner.Sco), null);
        await learner.OpenAsync(reflection);
        await learner.PromptField(prompt).FillAsync(Private);
        await Device.WaitForAsync(learner.Sco, "sessionStorage", key, Private);
        await Expect(learner.KeepProgress).Not.ToBeCheckedAsync();
        await page.CloseAsync();
        Assert.Empty(await Device.CourseKeysAsync(profile));

        // Learner 2 on the same computer.
        (page, learner, var report) = await OpenAsync(profile, mode, course);
        await learner.OpenAsync(reflection);
        await Expect(learner.PromptField(prompt)).ToBeEmptyAsync();
        await learner.OpenAsync(learner.Record);
        await Expect(learner.RecordDocument.Locator($"[data-cpd-answer={prompt.Id}]")).ToHaveTextAsync("No answer written.");
        AssertNoViolations(await report());
        await page.CloseAsync();

        // Learner 1 again, keeping their progress this time, then coming back.
        (page, learner, _) = await OpenAsync(profile, mode, course, failing: true);
        await learner.OpenAsync(reflection);
        await learner.PromptField(prompt).FillAsync(Private);
        await learner.KeepProgress.CheckAsync();
        await Device.WaitForAsync(learner.Sco, "localStorage", key, Private);
        await page.CloseAsync();
        Assert.Equal([key], await Device.CourseKeysAsync(profile));

        (page, learner, report) = await OpenAsync(profile, mode, course, failing: true);
        await learner.OpenAsync(reflection);
        await Expect(learner.PromptField(prompt)).ToHaveValueAsync(Private);
        await Expect(learner.KeepProgress).ToBeCheckedAsync();
        await learner.ForgetAsync();
        if (mode is "no LMS" or "refused")
        {
            // No LMS session: the page opens again, blank.
            await Expect(learner.Sco.Locator("body")).ToContainTextAsync("Your answers have been removed from this computer.");
            await learner.OpenAsync(reflection);
            await Expect(learner.PromptField(prompt)).ToBeEmptyAsync();
        }
        else
        {
            // An LMS session must not start again: the page stays, and says the LMS keeps its own copy.
            await Expect(learner.Notice).ToContainTextAsync("Your answers have been removed from this computer. Your learning system keeps its own copy");
            await learner.PromptField(prompt).FillAsync("Written after removing.");
            await learner.OpenAsync(course.Parts[0]);
        }

        Assert.Empty(await Device.CourseKeysAsync(profile));
        AssertNoViolations(await report());
        await page.CloseAsync();

        Scorm.AssertNothingWentWrong(profile.Log.Errors, profile.Log.CspViolations, profile.Log.Dialogs);
    }

    [Fact]
    public async Task Should_remove_an_identified_learners_copies_without_starting_a_second_lms_session()
    {
        var built = packages.RealCourse;
        var course = built.Course;
        var reflection = course.Parts.OfType<Reflection>().Single();
        await using var lms = await TestLms.StartAsync(browser.Browser, built.Package.Path);
        await using var profile = await lms.NewProfileAsync();
        await using var session = await profile.LaunchInFrameAsync(Scorm.FirstAttempt(course));
        var learner = new Learner(session.Sco, course);
        var key = Device.Key(await Device.StorageKeyAsync(session.Sco), "learner-1");

        await learner.VisitAllAndPassAsync("Identified");
        // The LMS holds everything now, so the only copy is the completed record: make one it has not got.
        await session.FailNextSetValuesAsync(100_000);
        await learner.OpenAsync(reflection);
        await learner.PromptField(reflection.Prompts[0]).FillAsync("Identified, unsent.");
        await Device.WaitForAsync(session.Sco, "localStorage", key, "Identified, unsent.");
        Assert.Contains(Device.CompletedKey(await Device.StorageKeyAsync(session.Sco), "learner-1"), await Device.CourseKeysAsync(profile));
        await learner.ForgetAsync();
        await Expect(learner.Notice).ToContainTextAsync("Your answers have been removed from this computer. Your learning system keeps its own copy");
        await learner.PromptField(reflection.Prompts[1]).FillAsync("Written after removing.");
        await learner.OpenAsync(course.Parts[0]);

        Assert.Empty(await Device.CourseKeysAsync(profile));
        var report = await session.ReadReportAsync();
        Scorm.AssertRulesHeld(report, session.ScriptErrors, finished: false);
        Assert.Equal("passed", report.CommittedValue("cmi.core.lesson_status"));
        Scorm.AssertNothingWentWrong(session);
    }

    private static void AssertNoViolations(LmsReport? report)
    {
        if (report is not null)
        {
            Assert.True(report.Violations.Count == 0, "The course broke SCORM rules:\n" + report.Describe());
            Assert.True(report.Counts.Initialize >= 1);
        }
    }

    private static async Task<(IPage Page, Learner Learner, Func<Task<LmsReport?>> Report)> OpenAsync(BrowserProfile profile, string mode, Course course, bool failing = false)
    {
        if (mode == "no LMS")
        {
            var sco = await profile.OpenWithoutLmsAsync();
            return (sco.Page, new Learner(sco.Page.MainFrame, course), () => Task.FromResult<LmsReport?>(null));
        }

        var launch = mode switch
        {
            "refused" => Scorm.FirstAttempt(course) with { Faults = LmsFaults.InitializeRefused },
            "null id" => LaunchFor(course, null),
            "empty id" => LaunchFor(course, ""),
            _ => LaunchFor(course, "undefined"),
        };
        // An LMS that accepts no write: while it holds nothing, the runtime's copy is the learner's only one.
        var session = await profile.LaunchInFrameAsync(failing ? launch with { Faults = launch.Faults with { SetValueFailures = 100_000 } } : launch);
        return (session.LmsPage, new Learner(session.Sco, course), async () => await session.ReadReportAsync());
    }

    private static LmsLaunch LaunchFor(Course course, string? studentId)
    {
        var launch = Scorm.FirstAttempt(course);
        launch.Cmi["core"]!["student_id"] = studentId ?? "";
        return launch with { StudentIdNull = studentId is null };
    }
}
