using ScormBuilder.BrowserTests.Harness;
using ScormBuilder.Model;

namespace ScormBuilder.BrowserTests.Scenarios;

/// <summary>A frameset player (as ILIAS): the LMS's own page is navigated away, and its unload runs before the course's pagehide.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FramesetScenario(BrowserFixture browser, CoursePackages packages)
{
    [Fact]
    public async Task Should_reach_the_lms_with_finish_and_the_session_time_when_the_player_page_is_left()
    {
        var built = packages.RealCourse;
        var course = built.Course;
        var reflection = course.Parts.OfType<Reflection>().Single();
        await using var lms = await TestLms.StartAsync(browser.Browser, built.Package.Path);
        await using var profile = await lms.NewProfileAsync();
        var session = await profile.LaunchInFramesetAsync(Scorm.FirstAttempt(course));
        var learner = new Learner(session.Sco, course);

        await learner.OpenAsync(course.Sessions.First());
        await learner.OpenAsync(reflection);
        await learner.PromptField(reflection.Prompts[0]).FillAsync("Written in the frameset.");
        await session.LmsPage.GotoAsync("lms/empty.html");
        var stored = await session.ReadStoredReportAsync(report => report.LmsUnloaded);

        Assert.True(stored.Finished, "LMSFinish did not reach the LMS before its own unload:\n" + stored.Describe());
        Scorm.AssertRulesHeld(stored, session.ScriptErrors);
        Assert.Equal(0, stored.CallsAfterLmsUnload);
        Assert.True(Scorm.Seconds(stored.CommittedValue("cmi.core.session_time") ?? Scorm.LastSet(stored, "cmi.core.session_time")) > 0,
            "No positive session_time reached the LMS:\n" + stored.Describe());
        Assert.True(Scorm.Seconds(Scorm.LastSet(stored, "cmi.core.session_time")) > 0);
        Assert.Equal("incomplete", stored.CommittedValue("cmi.core.lesson_status"));
        Assert.Equal("suspend", stored.CommittedValue("cmi.core.exit"));
        Assert.Equal("Written in the frameset.", SavedProgress.Parse(stored.CommittedValue("cmi.suspend_data")).Texts[reflection.Prompts[0].Id]);
        Scorm.AssertNothingWentWrong(session);
    }
}
