using Microsoft.Playwright;
using ScormBuilder.BrowserTests.Harness;

namespace ScormBuilder.BrowserTests.HarnessTests;

[Trait("Category", "Harness")]
[Collection(SecondHalfCollection.Name)]
public sealed class NoLmsTests(BrowserFixture browser)
{
    [Fact]
    public async Task Should_open_the_sco_with_no_api_anywhere()
    {
        await using var lms = await TestLms.StartAsync(browser.Browser, TestPaths.FixtureSco);
        await using var sco = await lms.OpenWithoutLmsAsync();

        await Assertions.Expect(sco.Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("No LMS found: your progress will not be saved.");
        Assert.Equal("none", (await FixtureSco.ReadStateAsync(sco.Page.MainFrame)).Source);
        Assert.Empty(sco.ScriptErrors);
    }

    [Fact]
    public async Task Should_run_axe_over_a_sco_page()
    {
        await using var lms = await TestLms.StartAsync(browser.Browser, TestPaths.FixtureSco);
        await using var session = await lms.LaunchInFrameAsync(LmsLaunch.FirstAttempt());

        Assert.Empty(await AxeCheck.RunAsync(session.Sco));
        await session.Sco.EvaluateAsync("() => document.documentElement.removeAttribute('lang')");
        Assert.Contains(await AxeCheck.RunAsync(session.Sco), violation => violation.Id == "html-has-lang");
    }
}
