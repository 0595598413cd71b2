using System.Text.RegularExpressions;
using ScormBuilder.BrowserTests.Harness;

namespace ScormBuilder.BrowserTests.HarnessTests;

[Trait("Category", "Harness")]
[Collection(SecondHalfCollection.Name)]
public sealed class FrameLaunchTests(BrowserFixture browser)
{
    [Fact]
    public async Task Should_run_the_fixture_in_a_frame_without_violations()
    {
        await using var lms = await TestLms.StartAsync(browser.Browser, TestPaths.FixtureSco);
        await using var session = await lms.LaunchInFrameAsync(LmsLaunch.FirstAttempt());

        await FixtureSco.ClickFinishAsync(session.Sco);
        await session.WaitForCallsAsync("LMSFinish");
        var report = await session.ReadReportAsync();

        Assert.Empty(report.Violations);
        Assert.Empty(report.SetupErrors);
        Assert.Empty(session.ScriptErrors);
        Assert.Equal((1, 1, 1), (report.Counts.Initialize, report.Counts.Commit, report.Counts.Finish));
        Assert.True(report.Finished);
        Assert.Equal("parent", (await FixtureSco.ReadStateAsync(session.Sco)).Source);
        Assert.Equal("completed", report.CommittedValue("cmi.core.lesson_status"));
        Assert.Equal("page-2", report.CommittedValue("cmi.core.lesson_location"));
        Assert.Equal("v1;page=2;answers=a,c", report.CommittedValue("cmi.suspend_data"));
        Assert.Equal("suspend", report.CommittedValue("cmi.core.exit"));
        Assert.Equal("q1", report.CommittedValue("cmi.interactions.0.id"));
        Assert.Equal("a,c", report.CommittedValue("cmi.interactions.0.student_response"));
        // scorm-again stores the time it was given in its own form: '0000:00:00.20' may come back as '00:00:00.2'.
        Assert.Matches(new Regex(@"^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$"), report.CommittedValue("cmi.core.session_time"));
        Assert.Equal("ab-initio", report.CmiValue("cmi.core.entry"));
    }

    [Fact]
    public async Task Should_log_every_call_with_its_result_and_error()
    {
        await using var lms = await TestLms.StartAsync(browser.Browser, TestPaths.FixtureSco);
        await using var session = await lms.LaunchInFrameAsync(LmsLaunch.FirstAttempt());
        var report = await session.ReadReportAsync();

        var first = report.Calls[0];
        Assert.Equal(("LMSInitialize", "true", "0"), (first.Function, first.Result, first.Error));
        Assert.Equal([""], first.Arguments);
        var location = Assert.Single(report.CallsTo("LMSSetValue"), call => call.Arguments[0] == "cmi.core.lesson_location");
        Assert.Equal(["cmi.core.lesson_location", "page-2"], location.Arguments);
        var interactionRead = Assert.Single(report.CallsTo("LMSGetValue"), call => call.Arguments[0] == "cmi.interactions._count");
        Assert.Equal("0", interactionRead.Result);
        Assert.Equal(report.Calls.Select(call => call.AtMs).Order(), report.Calls.Select(call => call.AtMs));
        Assert.False(report.Finished);
        Assert.Equal("", report.CmiValue("cmi.core.exit"));
    }

    [Fact]
    public async Task Should_resume_from_what_the_previous_launch_committed()
    {
        await using var lms = await TestLms.StartAsync(browser.Browser, TestPaths.FixtureSco);
        LmsReport first;
        await using (var session = await lms.LaunchInFrameAsync(LmsLaunch.FirstAttempt()))
        {
            await FixtureSco.ClickFinishAsync(session.Sco);
            await session.WaitForCallsAsync("LMSFinish");
            first = await session.ReadReportAsync();
        }

        await using var resumed = await lms.LaunchInFrameAsync(LmsLaunch.ResumeAfter(first));
        var state = await FixtureSco.ReadStateAsync(resumed.Sco);
        var report = await resumed.ReadReportAsync();

        Assert.Equal("resume", state.Entry);
        Assert.Equal("page-2", state.ResumedLocation);
        Assert.Equal("v1;page=2;answers=a,c", state.ResumedSuspendData);
        Assert.Equal(first.CommittedValue("cmi.core.total_time"), report.CmiValue("cmi.core.total_time"));
        Assert.Equal("q1", report.CmiValue("cmi.interactions.1.id"));
        Assert.Empty(report.Violations);
    }

    [Fact]
    public async Task Should_report_script_errors_from_the_sco_frame()
    {
        await using var lms = await TestLms.StartAsync(browser.Browser, TestPaths.FixtureSco);
        await using var session = await lms.LaunchInFrameAsync(LmsLaunch.FirstAttempt());

        await session.Sco.EvaluateAsync("() => setTimeout(() => { throw new Error('boom from the SCO'); })");
        for (var tries = 0; tries < 100 && session.ScriptErrors.Count == 0; tries++)
        {
            await Task.Delay(20);
        }

        Assert.Contains(session.ScriptErrors, error => error.Contains("boom from the SCO", StringComparison.Ordinal));
    }
}
