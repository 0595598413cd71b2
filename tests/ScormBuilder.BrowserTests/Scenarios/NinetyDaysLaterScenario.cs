using ScormBuilder.BrowserTests.Harness;
using ScormBuilder.Model;
using static Microsoft.Playwright.Assertions;

namespace ScormBuilder.BrowserTests.Scenarios;

/// <summary>
/// Copies on the computer expire: 91 days later an identified learner's unsent copy and completed record are
/// gone; 89 days later they are still there.
/// </summary>
[Collection(SecondHalfCollection.Name)]
public sealed class NinetyDaysLaterScenario(BrowserFixture browser, CoursePackages packages)
{
    private const string Unsent = "Unsent: the LMS never had this.";

    [Theory]
    [InlineData(89, "resume")]
    [InlineData(91, "resume")]
    [InlineData(89, "fresh attempt")]
    [InlineData(91, "fresh attempt")]
    public async Task Should_keep_copies_for_ninety_days_and_no_longer(int days, string relaunch)
    {
        var built = packages.RealCourse;
        var course = built.Course;
        var reflection = course.Parts.OfType<Reflection>().Single();
        var prompt = reflection.Prompts[0];
        var kept = days < 90;
        await using var lms = await TestLms.StartAsync(browser.Browser, built.Package.Path);
        await using var profile = await lms.NewProfileAsync();

        LmsReport lmsHolds;
        string storageKey;
        await using (var first = await profile.LaunchInFrameAsync(Scorm.FirstAttempt(course)))
        {
            var learner = new Learner(first.Sco, course);
            storageKey = await Device.StorageKeyAsync(first.Sco);
            await learner.VisitAllAndPassAsync("Sent");
            await Device.WaitForAsync(first.Sco, "localStorage", Device.CompletedKey(storageKey, "learner-1"), "sb1");
            // The LMS accepts nothing more, even at LMSFinish: the copy in the browser is the only one.
            await first.FailNextSetValuesAsync(100_000);
            await learner.OpenAsync(reflection);
            await learner.PromptField(prompt).FillAsync(Unsent);
            await Device.WaitForAsync(first.Sco, "localStorage", Device.Key(storageKey, "learner-1"), Unsent);
            // What the LMS holds is what it last accepted: the next launch starts from that.
            lmsHolds = await first.ReadReportAsync();
            Assert.DoesNotContain(Unsent, lmsHolds.CommittedValue("cmi.suspend_data"), StringComparison.Ordinal);
        }

        await profile.TravelAsync(TimeSpan.FromDays(days));
        var launch = relaunch == "resume" ? Scorm.ResumeAfter(lmsHolds) : Scorm.LearningHubNextAfter(lmsHolds, null);
        await using var next = await profile.LaunchInFrameAsync(launch);
        var again = new Learner(next.Sco, course);

        if (relaunch == "resume")
        {
            await again.OpenAsync(reflection);
            await Expect(again.PromptField(prompt)).ToHaveValueAsync(kept ? Unsent : $"Sent {prompt.Id}");
        }
        else
        {
            var past = next.Sco.Locator("#sb-past-record");
            if (kept)
            {
                await Expect(past).ToBeVisibleAsync();
            }
            else
            {
                await again.ExpectOnAsync(course.Parts[0]);
                await Expect(past).ToBeHiddenAsync();
                Assert.DoesNotContain(Device.CompletedKey(storageKey, "learner-1"), await Device.CourseKeysAsync(profile));
            }
        }

        var report = await next.ReadReportAsync();
        Scorm.AssertRulesHeld(report, next.ScriptErrors, finished: false);
        Scorm.AssertNothingWentWrong(next);
    }
}
