using Microsoft.Playwright;
using ScormBuilder.BrowserTests.Harness;

namespace ScormBuilder.BrowserTests.HarnessTests;

/// <summary>The test LMS playing NHS Learning Hub, proven with the fixture SCO.</summary>
[Trait("Category", "Harness")]
[Collection(SecondHalfCollection.Name)]
public sealed class LearningHubModeTests(BrowserFixture browser)
{
    [Fact]
    public async Task Should_open_a_window_with_the_api_and_the_course_in_its_frame_tree()
    {
        await using var lms = await TestLms.StartAsync(browser.Browser, TestPaths.FixtureSco);
        await using var profile = await lms.NewProfileAsync();
        await using var session = await profile.LaunchLearningHubAsync(LmsLaunch.LearningHubFirstAttempt());

        Assert.Equal("parent", (await FixtureSco.ReadStateAsync(session.Sco)).Source);
        Assert.Equal("tree", session.Sco.Name);
        Assert.NotNull(session.OpenerPage);
        Assert.True(await session.ScoPage.EvaluateAsync<bool>("() => window.opener !== null && typeof window.API === 'object'"));
        Assert.Equal(new[] { 1024, 768 }, await session.ScoPage.EvaluateAsync<int[]>("() => [window.innerWidth, window.innerHeight]"));
    }

    [Fact]
    public async Task Should_answer_booleans_and_a_numeric_error_and_list_latancy()
    {
        await using var lms = await TestLms.StartAsync(browser.Browser, TestPaths.FixtureSco);
        await using var profile = await lms.NewProfileAsync();
        await using var session = await profile.LaunchLearningHubAsync(LmsLaunch.LearningHubFirstAttempt() with { TotalTimeAsSent = "60" });

        var answers = await session.Sco.EvaluateAsync<string[]>("""
            () => [typeof parent.API.LMSSetValue('cmi.core.lesson_location', 'x'), typeof parent.API.LMSCommit(''),
                   typeof parent.API.LMSGetLastError(), parent.API.LMSGetValue('cmi.interactions._children'),
                   parent.API.LMSGetValue('cmi.core.total_time'), String(parent.API.LMSSetValue('cmi.interactions.0.latency', '0000:00:01'))]
            """);

        Assert.Equal(["boolean", "boolean", "number"], answers[..3]);
        Assert.Contains("latancy", answers[3].Split(','));
        Assert.DoesNotContain("latency", answers[3].Split(','));
        Assert.Equal("60", answers[4]);
        Assert.Equal("false", answers[5]);
        Assert.Contains(ViolationRules.UnsupportedElement, (await session.ReadReportAsync()).ViolatedRules());
    }

    [Fact]
    public async Task Should_throw_on_comments_and_on_an_interaction_written_before_the_one_before_it()
    {
        await using var lms = await TestLms.StartAsync(browser.Browser, TestPaths.FixtureSco);
        await using var profile = await lms.NewProfileAsync();
        await using var session = await profile.LaunchLearningHubAsync(LmsLaunch.LearningHubFirstAttempt());

        var thrown = await session.Sco.EvaluateAsync<string[]>("""
            () => ['cmi.comments', 'cmi.interactions.5.id'].map(element => {
              try { element === 'cmi.comments' ? parent.API.LMSGetValue(element) : parent.API.LMSSetValue(element, 'q6'); return 'no'; }
              catch (e) { return e.constructor.name; }
            })
            """);

        Assert.Equal(["TypeError", "TypeError"], thrown);
        var rules = (await session.ReadReportAsync()).ViolatedRules();
        Assert.Contains(ViolationRules.CommentsRead, rules);
        Assert.Contains(ViolationRules.InteractionOutOfOrder, rules);
    }

    [Fact]
    public async Task Should_record_a_completion_only_with_a_final_status_and_a_session_time_above_zero()
    {
        await using var lms = await TestLms.StartAsync(browser.Browser, TestPaths.FixtureSco);
        await using var profile = await lms.NewProfileAsync();
        await using var session = await profile.LaunchLearningHubAsync(LmsLaunch.LearningHubFirstAttempt());

        await session.Sco.EvaluateAsync("() => { parent.API.LMSSetValue('cmi.core.lesson_status', 'completed'); parent.API.LMSSetValue('cmi.core.session_time', '0000:00:00.00'); parent.API.LMSCommit(''); }");
        Assert.False((await session.ReadReportAsync()).CompletionRecorded);
        await session.Sco.EvaluateAsync("() => { parent.API.LMSSetValue('cmi.core.session_time', '0000:00:00.01'); parent.API.LMSCommit(''); }");
        var report = await session.ReadReportAsync();

        Assert.True(report.CompletionRecorded);
        Assert.Equal("0000:00:00.01", report.CompletionSessionTime);
        Assert.Empty(session.Dialogs);
    }

    [Fact]
    public async Task Should_alert_on_a_commit_after_finish_and_store_the_report_when_the_window_closes()
    {
        await using var lms = await TestLms.StartAsync(browser.Browser, TestPaths.FixtureSco);
        await using var profile = await lms.NewProfileAsync();
        var session = await profile.LaunchLearningHubAsync(LmsLaunch.LearningHubFirstAttempt());

        await FixtureSco.FinishAsync(session.Sco);
        await FixtureSco.CommitAsync(session.Sco);
        await session.ScoPage.CloseAsync(new() { RunBeforeUnload = true });
        var stored = await session.ReadStoredReportAsync(report => report.Counts.Commit >= 2);

        Assert.Contains(session.Dialogs, dialog => dialog.StartsWith("alert: Learning Hub", StringComparison.Ordinal));
        Assert.True(stored.Finished);
        Assert.True(stored.CompletionRecorded);
        Assert.Equal("completed", stored.CommittedValue("cmi.core.lesson_status"));
        Assert.Contains(ViolationRules.CallAfterFinish, stored.ViolatedRules());
    }

    [Theory]
    [InlineData(false, "ab-initio", null)]
    [InlineData(true, "resume", "v1;page=2;answers=a,c")]
    public async Task Should_resume_only_after_an_incomplete_attempt(bool leftIncomplete, string entry, string? suspendData)
    {
        await using var lms = await TestLms.StartAsync(browser.Browser, TestPaths.FixtureSco);
        await using var profile = await lms.NewProfileAsync();
        LmsReport first;
        await using (var session = await profile.LaunchLearningHubAsync(LmsLaunch.LearningHubFirstAttempt()))
        {
            if (!leftIncomplete)
            {
                await FixtureSco.FinishAsync(session.Sco);
            }
            else
            {
                await session.Sco.EvaluateAsync("() => { parent.API.LMSSetValue('cmi.core.exit', 'suspend'); parent.API.LMSFinish(''); }");
            }

            first = await session.ReadReportAsync();
        }

        var launch = LmsLaunch.LearningHubNextAfter(first, totalTimeAsSent: "NaN:aN:aN");
        await using var next = await profile.LaunchLearningHubAsync(launch);
        var state = await FixtureSco.ReadStateAsync(next.Sco);

        Assert.Equal(entry, state.Entry);
        Assert.Equal(suspendData, state.ResumedSuspendData);
        Assert.Equal(suspendData, CmiPath.Read(launch.Cmi, "cmi.suspend_data"));
        Assert.Equal(leftIncomplete ? "incomplete" : null, CmiPath.Read(launch.Cmi, "cmi.core.lesson_status"));
        Assert.Equal("learner-1", CmiPath.Read(launch.Cmi, "cmi.core.student_id"));
        Assert.Equal("NaN:aN:aN", await next.Sco.EvaluateAsync<string>("() => parent.API.LMSGetValue('cmi.core.total_time')"));
        Assert.Empty((await next.ReadReportAsync()).SetupErrors);
    }
}
