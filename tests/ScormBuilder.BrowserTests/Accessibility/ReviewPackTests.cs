using Microsoft.Playwright;
using ScormBuilder.BrowserTests.Harness;

namespace ScormBuilder.BrowserTests.Accessibility;

/// <summary>
/// The flagship's review pack, opened offline from its file as a reviewer would: it loads nothing else, no script
/// error or Content-Security-Policy violation, and axe finds nothing (every rule, best practices too).
/// </summary>
[Collection(SecondHalfCollection.Name)]
public sealed class ReviewPackTests(BrowserFixture browser) : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("sb-review-").FullName;

    [Fact]
    public async Task Should_open_offline_with_no_request_no_error_and_no_axe_violation()
    {
        // Given the flagship's review pack
        var pack = Path.Combine(_work, "review.html");
        var (exitCode, output) = ScormBuilderCli.Run("review", CoursePackages.RealCourseDirectory, "-o", pack);
        Assert.True(exitCode == 0, output);
        var address = new Uri(pack).AbsoluteUri;

        // When it is opened in a browser with no network, under its own Content-Security-Policy
        var log = new PageErrorLog();
        await using var context = await browser.Browser.NewContextAsync(new() { Offline = true });
        log.Watch(context);
        var page = await context.NewPageAsync();
        var requests = new List<string>();
        var consoleErrors = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                consoleErrors.Add(message.Text);
            }
        };
        await page.GotoAsync(address);

        // (its style sheet applies, so the policy's hash is right; in print, each part starts a page and the contents go)
        Assert.Contains("monospace", await page.Locator(".src").First.EvaluateAsync<string>("e => getComputedStyle(e).fontFamily"), StringComparison.Ordinal);
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.Equal("page", await page.Locator("section.part").Nth(1).EvaluateAsync<string>("e => getComputedStyle(e).breakBefore"));
        Assert.False(await page.Locator("nav").IsVisibleAsync());
        await page.EmulateMediaAsync(new() { Media = Media.Screen });

        // Then it asked for nothing but itself, and nothing went wrong
        Assert.Equal([address], requests);
        Assert.Empty(consoleErrors);
        Assert.Empty(log.Errors);
        Assert.Empty(log.CspViolations);
        Assert.True(await page.Locator("svg.graph").CountAsync() >= 1, "The pack draws no scenario graph.");
        Assert.Equal(7, await page.Locator("section.part").CountAsync());
        Assert.True(await page.Locator("#references .reference dt", new() { HasText = "Last checked" }).CountAsync() >= 10, "The pack lists no reference with its last check.");

        // And axe, which has to be let past the policy to run, finds no violation
        await using var axeContext = await browser.Browser.NewContextAsync(new() { Offline = true, BypassCSP = true });
        var axePage = await axeContext.NewPageAsync();
        await axePage.GotoAsync(address);
        await axePage.AddScriptTagAsync(new() { Path = Path.Combine(LmsServer.HarnessDirectory, "vendor", "axe.min.js") });
        var violations = await AxeCheck.RunAsync(axePage.MainFrame);
        Assert.True(violations.Count == 0, string.Join('\n', violations));
    }

    public void Dispose() => Directory.Delete(_work, recursive: true);
}
