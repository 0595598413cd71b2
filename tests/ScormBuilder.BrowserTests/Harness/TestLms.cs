using Microsoft.Playwright;

namespace ScormBuilder.BrowserTests.Harness;

/// <summary>
/// The test LMS for one package: serves it and launches it in the shared browser, in a frame, in a new
/// window, or with no LMS at all. Each launch gets a fresh browser context, so only the CMI carries over.
/// </summary>
public sealed class TestLms : IAsyncDisposable
{
    private readonly IBrowser _browser;
    private readonly LmsServer _server;

    private TestLms(IBrowser browser, LmsServer server)
    {
        _browser = browser;
        _server = server;
    }

    public Uri BaseAddress => _server.BaseAddress;

    public static async Task<TestLms> StartAsync(IBrowser browser, string scoDirectory) =>
        new(browser, await LmsServer.StartAsync(scoDirectory));

    /// <summary>Launches the SCO in an iframe of the LMS page, as Moodle does.</summary>
    public async Task<LmsSession> LaunchInFrameAsync(LmsLaunch launch)
    {
        var (context, errors, page) = await NewPageAsync();
        await page.GotoAsync($"lms/frame.html?launch={launch.ToQueryValue()}");
        var frameElement = await page.QuerySelectorAsync("iframe#sco")
            ?? throw new InvalidOperationException("frame.html has no iframe#sco.");
        var sco = await frameElement.ContentFrameAsync()
            ?? throw new InvalidOperationException("The SCO frame did not load.");
        return new LmsSession(context, errors, page, page, sco);
    }

    /// <summary>Launches the SCO with window.open, as NHS Learning Hub and ESR do: the API is on the opener.</summary>
    public async Task<LmsSession> LaunchInWindowAsync(LmsLaunch launch)
    {
        var (context, errors, page) = await NewPageAsync();
        var popup = await page.RunAndWaitForPopupAsync(
            () => page.GotoAsync($"lms/window.html?launch={launch.ToQueryValue()}"));
        await popup.WaitForLoadStateAsync(LoadState.Load);
        return new LmsSession(context, errors, page, popup, popup.MainFrame);
    }

    /// <summary>Opens the SCO as a plain page: no API on any parent or opener.</summary>
    public async Task<StandaloneSco> OpenWithoutLmsAsync(string scoPath = "index.html")
    {
        var (context, errors, page) = await NewPageAsync();
        await page.GotoAsync($"sco/{scoPath}");
        return new StandaloneSco(context, errors, page);
    }

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    private async Task<(IBrowserContext Context, PageErrorLog Errors, IPage Page)> NewPageAsync()
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = _server.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(10_000);
        var errors = new PageErrorLog();
        errors.Watch(context);
        return (context, errors, await context.NewPageAsync());
    }
}
