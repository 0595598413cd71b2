using Microsoft.Playwright;

namespace ScormBuilder.BrowserTests.Harness;

/// <summary>
/// One browser profile (a Playwright context) on the test LMS's origin: launches in it share localStorage, and
/// each opens in a new tab, so sessionStorage is not shared, as on one computer used again and again.
/// </summary>
public sealed class BrowserProfile : IAsyncDisposable
{
    private readonly LmsServer _server;

    private BrowserProfile(IBrowserContext context, PageErrorLog log, LmsServer server)
    {
        Context = context;
        Log = log;
        _server = server;
    }

    public IBrowserContext Context { get; }

    /// <summary>Script errors, CSP violations and dialogs of every page of every launch in this profile.</summary>
    public PageErrorLog Log { get; }

    internal static async Task<BrowserProfile> OpenAsync(IBrowser browser, LmsServer server)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(10_000);
        var log = new PageErrorLog();
        log.Watch(context);
        return new BrowserProfile(context, log, server);
    }

    /// <summary>Launches the SCO in an iframe of the LMS page, as Moodle does.</summary>
    public async Task<LmsSession> LaunchInFrameAsync(LmsLaunch launch)
    {
        var page = await Context.NewPageAsync();
        await page.GotoAsync($"lms/frame.html?launch={launch.ToQueryValue()}");
        return new LmsSession(this, launch.Id, page, page, await FrameOfAsync(page, "iframe#sco"));
    }

    /// <summary>Launches the SCO with window.open, as ESR does: the API is on the opener.</summary>
    public async Task<LmsSession> LaunchInWindowAsync(LmsLaunch launch)
    {
        var page = await Context.NewPageAsync();
        var popup = await page.RunAndWaitForPopupAsync(() => page.GotoAsync($"lms/window.html?launch={launch.ToQueryValue()}"));
        await popup.WaitForLoadStateAsync(LoadState.Load);
        return new LmsSession(this, launch.Id, page, popup, popup.MainFrame) { OpenerPage = page };
    }

    /// <summary>
    /// Launches as NHS Learning Hub: its page opens a 1024×768 window whose page holds <c>window.API</c> and the
    /// course in the iframe <c>#tree</c>. Use <see cref="LmsLaunch.LearningHub"/> launches.
    /// </summary>
    public async Task<LmsSession> LaunchLearningHubAsync(LmsLaunch launch)
    {
        var page = await Context.NewPageAsync();
        var popup = await page.RunAndWaitForPopupAsync(() => page.GotoAsync($"lms/hub.html?launch={launch.ToQueryValue()}"));
        await popup.WaitForLoadStateAsync(LoadState.Load);
        return new LmsSession(this, launch.Id, popup, popup, await FrameOfAsync(popup, "iframe#tree")) { OpenerPage = page };
    }

    /// <summary>
    /// Launches in a frameset player, as ILIAS does: the API is on the top page, the course in its frame
    /// <c>sco</c>; navigating the top page away runs the LMS's unload first, which sends its report to the store.
    /// </summary>
    public async Task<LmsSession> LaunchInFramesetAsync(LmsLaunch launch)
    {
        var page = await Context.NewPageAsync();
        await page.GotoAsync($"lms/frameset.html?launch={launch.ToQueryValue()}");
        var sco = await FrameOfAsync(page, "frame[name=sco]");
        await sco.WaitForLoadStateAsync(LoadState.Load);
        return new LmsSession(this, launch.Id, page, page, sco);
    }

    /// <summary>Opens the SCO as a plain page in a new tab: no API on any parent or opener.</summary>
    public async Task<StandaloneSco> OpenWithoutLmsAsync(string scoPath = "index.html")
    {
        var page = await Context.NewPageAsync();
        await page.GotoAsync($"sco/{scoPath}");
        return new StandaloneSco(this, page);
    }

    /// <summary>Every localStorage key of the LMS's origin (where the course runs), read from a page of its own.</summary>
    public async Task<IReadOnlyList<string>> LocalStorageKeysAsync()
    {
        var page = await Context.NewPageAsync();
        await page.GotoAsync("lms/empty.html");
        var keys = await page.EvaluateAsync<string[]>("() => Object.keys(localStorage)");
        await page.CloseAsync();
        return keys;
    }

    /// <summary>
    /// Starts the clock of the profile's pages <paramref name="later"/> after now (Playwright's fake clock, for every
    /// page and frame); time then flows and timers run as usual.
    /// </summary>
    public Task TravelAsync(TimeSpan later) => Context.Clock.InstallAsync(new ClockInstallOptions { TimeDate = DateTime.UtcNow + later });

    /// <summary>The report the launch's LMS page sent to the server, once <paramref name="until"/> holds of it.</summary>
    public async Task<LmsReport> ReadStoredReportAsync(string launchId, Func<LmsReport, bool> until, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(5));
        LmsReport? report = null;
        while (DateTime.UtcNow < deadline)
        {
            var chunks = _server.Stored(launchId);
            if (chunks.Count > 0)
            {
                report = LmsReport.FromStore("[" + string.Join(",", chunks) + "]");
                if (until(report))
                {
                    return report;
                }
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The LMS's store never held the expected report; it holds:\n" + (report?.Describe() ?? "nothing"));
    }

    public async ValueTask DisposeAsync() => await Context.CloseAsync();

    private static async Task<IFrame> FrameOfAsync(IPage page, string selector)
    {
        var element = await page.QuerySelectorAsync(selector)
            ?? throw new InvalidOperationException($"{page.Url} has no {selector}.");
        return await element.ContentFrameAsync()
            ?? throw new InvalidOperationException("The SCO frame did not load.");
    }
}
