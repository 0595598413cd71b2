using ScormBuilder.BrowserTests.Harness;

namespace ScormBuilder.BrowserTests.HarnessTests;

/// <summary>The frameset player, no-identity launches, one profile for several launches, time travel, dialogs.</summary>
[Trait("Category", "Harness")]
[Collection(SecondHalfCollection.Name)]
public sealed class ProfileAndFramesetTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("beforeunload", true)]
    [InlineData("pagehide", false)]
    public async Task Should_store_what_the_frameset_lms_held_at_its_own_unload_and_nothing_after(string finishOn, bool stored)
    {
        await using var lms = await TestLms.StartAsync(browser.Browser, TestPaths.FixtureSco);
        await using var profile = await lms.NewProfileAsync();
        var session = await profile.LaunchInFramesetAsync(LmsLaunch.FirstAttempt());
        Assert.Equal("parent", (await FixtureSco.ReadStateAsync(session.Sco)).Source);
        await session.Sco.EvaluateAsync("event => window.addEventListener(event, () => window.fixtureSco.finish())", finishOn);

        await session.LmsPage.GotoAsync("lms/empty.html");
        var report = await session.ReadStoredReportAsync(report => report.LmsUnloaded);

        Assert.Equal(stored, report.Finished);
        Assert.Equal(stored ? 1 : 0, report.Counts.Finish);
        Assert.Equal(stored ? "completed" : "incomplete", report.CommittedValue("cmi.core.lesson_status"));
        Assert.Equal(0, report.CallsAfterLmsUnload);
        Assert.Empty(report.Violations);
    }

    [Fact]
    public async Task Should_answer_null_for_a_null_student_id_and_refuse_to_start_when_asked()
    {
        await using var lms = await TestLms.StartAsync(browser.Browser, TestPaths.FixtureSco);
        await using var profile = await lms.NewProfileAsync();
        await using var nullId = await profile.LaunchInFrameAsync(LmsLaunch.WithStudentId(null));
        await using var refused = await profile.LaunchInFrameAsync(LmsLaunch.FirstAttempt() with { Faults = LmsFaults.InitializeRefused });

        Assert.True(await nullId.Sco.EvaluateAsync<bool>("() => parent.API.LMSGetValue('cmi.core.student_id') === null"));
        Assert.Equal("undefined", CmiPath.Read(LmsLaunch.WithStudentId("undefined").Cmi, "cmi.core.student_id"));
        var report = await refused.ReadReportAsync();
        Assert.Equal("false", report.Calls[0].Result);
        Assert.False(report.Initialized);
    }

    [Fact]
    public async Task Should_share_local_storage_but_not_session_storage_between_launches_of_one_profile()
    {
        await using var lms = await TestLms.StartAsync(browser.Browser, TestPaths.FixtureSco);
        await using var profile = await lms.NewProfileAsync();
        await using (var first = await profile.LaunchInFrameAsync(LmsLaunch.FirstAttempt()))
        {
            await first.Sco.EvaluateAsync("() => { localStorage.setItem('kept', '1'); sessionStorage.setItem('tab', '1'); }");
        }

        await using var second = await profile.OpenWithoutLmsAsync();

        Assert.Equal(new[] { "1", null }, await second.Page.EvaluateAsync<string?[]>("() => [localStorage.getItem('kept'), sessionStorage.getItem('tab')]"));
        Assert.Equal(["kept"], await profile.LocalStorageKeysAsync());
    }

    [Fact]
    public async Task Should_launch_91_days_later_with_timers_still_running()
    {
        await using var lms = await TestLms.StartAsync(browser.Browser, TestPaths.FixtureSco);
        await using var profile = await lms.NewProfileAsync();

        await profile.TravelAsync(TimeSpan.FromDays(91));
        await using var session = await profile.LaunchInFrameAsync(LmsLaunch.FirstAttempt());
        var days = (await session.Sco.EvaluateAsync<double>("() => Date.now()") - DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()) / 86_400_000;
        var fired = await session.Sco.EvaluateAsync<bool>("() => new Promise(resolve => setTimeout(() => resolve(true), 50))");

        Assert.InRange(days, 90.9, 91.1);
        Assert.True(fired);
    }

    [Fact]
    public async Task Should_let_the_course_hear_beforeunload_and_then_cancel_it()
    {
        await using var lms = await TestLms.StartAsync(browser.Browser, TestPaths.FixtureSco);
        await using var profile = await lms.NewProfileAsync();
        await using var session = await profile.LaunchInFrameAsync(LmsLaunch.FirstAttempt() with { CancelBeforeUnload = true });
        await session.Sco.EvaluateAsync("() => window.addEventListener('beforeunload', () => window.fixtureSco.finish())");
        // Chrome asks only for a page the learner has used.
        await session.Sco.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Save progress" }).ClickAsync();

        await session.LmsPage.CloseAsync(new() { RunBeforeUnload = true });
        await session.WaitForCallsAsync("LMSFinish");
        for (var tries = 0; tries < 100 && session.Dialogs.Count == 0; tries++)
        {
            await Task.Delay(20);
        }

        Assert.False(session.LmsPage.IsClosed);
        Assert.Equal(["beforeunload: "], session.Dialogs);
        Assert.True((await session.ReadReportAsync()).Finished);
    }

    [Fact]
    public async Task Should_record_every_dialog_of_every_page()
    {
        await using var lms = await TestLms.StartAsync(browser.Browser, TestPaths.FixtureSco);
        await using var profile = await lms.NewProfileAsync();
        await using var session = await profile.LaunchInFrameAsync(LmsLaunch.FirstAttempt());

        await session.Sco.EvaluateAsync("() => { alert('one'); return confirm('two'); }");

        Assert.Equal(["alert: one", "confirm: two"], session.Dialogs);
    }
}
