using ScormBuilder.BrowserTests.Harness;

namespace ScormBuilder.BrowserTests.HarnessTests;

[Trait("Category", "Harness")]
[Collection(SecondHalfCollection.Name)]
public sealed class FaultInjectionTests(BrowserFixture browser)
{
    [Fact]
    public async Task Should_fail_the_requested_number_of_commits_then_succeed()
    {
        await using var lms = await TestLms.StartAsync(browser.Browser, TestPaths.FixtureSco);
        await using var session = await lms.LaunchInFrameAsync(LmsLaunch.FirstAttempt());

        await session.FailNextCommitsAsync(2);
        var results = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            results.Add(await FixtureSco.CommitAsync(session.Sco));
        }

        var report = await session.ReadReportAsync();
        Assert.Equal(["false", "false", "true"], results);
        var commits = report.CallsTo("LMSCommit");
        Assert.Equal(["true", "false", "false", "true"], commits.Select(call => call.Result));
        Assert.Equal(["0", "101", "101", "0"], commits.Select(call => call.Error));
        Assert.Equal([null, "false", "false", null], commits.Select(call => call.Injected));
        Assert.Equal(4, report.Counts.Commit);
        Assert.Empty(report.Violations);
    }

    [Fact]
    public async Task Should_fail_commits_from_launch_and_store_nothing_until_a_commit_succeeds()
    {
        await using var lms = await TestLms.StartAsync(browser.Browser, TestPaths.FixtureSco);
        var launch = LmsLaunch.FirstAttempt() with { Faults = new LmsFaults(CommitFailures: 1) };
        await using var session = await lms.LaunchInFrameAsync(launch);

        var beforeFinish = await session.ReadReportAsync();
        await FixtureSco.FinishAsync(session.Sco);
        var afterFinish = await session.ReadReportAsync();

        Assert.Equal(["false"], (await FixtureSco.ReadStateAsync(session.Sco)).Commits);
        Assert.Null(beforeFinish.CommittedCmi);
        Assert.Equal("page-2", beforeFinish.CmiValue("cmi.core.lesson_location"));
        Assert.Equal("completed", afterFinish.CommittedValue("cmi.core.lesson_status"));
    }

    [Theory]
    [InlineData(SetValueFault.ReturnFalse, "cmi.core.lesson_status: 101")]
    [InlineData(SetValueFault.Throw, "cmi.core.lesson_status: LMSSetValue failed (injected by the test LMS).")]
    public async Task Should_fail_set_values_without_counting_them_as_violations(SetValueFault fault, string scoSaw)
    {
        await using var lms = await TestLms.StartAsync(browser.Browser, TestPaths.FixtureSco);
        await using var session = await lms.LaunchInFrameAsync(LmsLaunch.FirstAttempt());

        await session.FailNextSetValuesAsync(1, fault);
        await FixtureSco.FinishAsync(session.Sco);
        var report = await session.ReadReportAsync();

        var failed = Assert.Single(report.CallsTo("LMSSetValue"), call => call.Injected is not null);
        Assert.Equal(["cmi.core.lesson_status", "completed"], failed.Arguments);
        Assert.Equal(fault == SetValueFault.Throw, failed.Threw);
        Assert.Equal([scoSaw], (await FixtureSco.ReadStateAsync(session.Sco)).Errors);
        Assert.Equal("incomplete", report.CommittedValue("cmi.core.lesson_status"));
        Assert.Empty(report.Violations);
        Assert.Empty(session.ScriptErrors);
    }
}
