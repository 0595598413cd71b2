using ScormBuilder.BrowserTests.Harness;

namespace ScormBuilder.BrowserTests.HarnessTests;

[Trait("Category", "Harness")]
[Collection(SecondHalfCollection.Name)]
public sealed class WindowLaunchTests(BrowserFixture browser)
{
    [Fact]
    public async Task Should_find_the_api_on_the_opener_when_launched_in_a_new_window()
    {
        await using var lms = await TestLms.StartAsync(browser.Browser, TestPaths.FixtureSco);
        await using var session = await lms.LaunchInWindowAsync(LmsLaunch.FirstAttempt());

        await FixtureSco.ClickFinishAsync(session.Sco);
        await session.WaitForCallsAsync("LMSFinish");
        var report = await session.ReadReportAsync();

        Assert.NotSame(session.LmsPage, session.ScoPage);
        Assert.Equal("opener", (await FixtureSco.ReadStateAsync(session.Sco)).Source);
        Assert.Equal((1, 1), (report.Counts.Initialize, report.Counts.Finish));
        Assert.Empty(report.Violations);
        Assert.Empty(session.ScriptErrors);
        Assert.Equal("completed", report.CommittedValue("cmi.core.lesson_status"));
    }
}
