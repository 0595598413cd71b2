using Microsoft.Playwright;

namespace ScormBuilder.BrowserTests.Harness;

/// <summary>One launch of the SCO under the test LMS, in a <see cref="BrowserProfile"/>.</summary>
public sealed class LmsSession : IAsyncDisposable
{
    private readonly BrowserProfile _profile;

    internal LmsSession(BrowserProfile profile, string launchId, IPage lmsPage, IPage scoPage, IFrame sco)
    {
        _profile = profile;
        LaunchId = launchId;
        LmsPage = lmsPage;
        ScoPage = scoPage;
        Sco = sco;
    }

    /// <summary>The launch's name in the LMS's store on the server.</summary>
    public string LaunchId { get; }

    /// <summary>Disposing the session closes its whole profile (a launch of its own), not only its pages.</summary>
    internal bool OwnsProfile { get; set; }

    /// <summary>The page that opened the course window, if the LMS opened one.</summary>
    public IPage? OpenerPage { get; init; }

    /// <summary>The harness page that holds <c>window.API</c> and <c>window.__lms</c>.</summary>
    public IPage LmsPage { get; }

    /// <summary>The page the SCO runs in: the popup in window mode, otherwise <see cref="LmsPage"/>.</summary>
    public IPage ScoPage { get; }

    /// <summary>The SCO's frame: drive and inspect the course through it.</summary>
    public IFrame Sco { get; }

    /// <summary>Script errors of every page of the profile (every launch in it so far).</summary>
    public IReadOnlyList<string> ScriptErrors => _profile.Log.Errors;

    /// <summary>Every Content-Security-Policy violation any frame of the profile reported.</summary>
    public IReadOnlyList<string> CspViolations => _profile.Log.CspViolations;

    /// <summary>Every dialog any page of the profile showed, as "type: message".</summary>
    public IReadOnlyList<string> Dialogs => _profile.Log.Dialogs;

    /// <summary>What the LMS page sent to the server (frameset and Learning Hub launches), once <paramref name="until"/> holds.</summary>
    public Task<LmsReport> ReadStoredReportAsync(Func<LmsReport, bool> until, TimeSpan? timeout = null) =>
        _profile.ReadStoredReportAsync(LaunchId, until, timeout);

    public async Task<LmsReport> ReadReportAsync() =>
        LmsReport.Parse(await LmsPage.EvaluateAsync<string>("() => window.__lms.report()"));

    /// <summary>Waits until the SCO has called <paramref name="function"/> at least <paramref name="count"/> times.</summary>
    public async Task WaitForCallsAsync(string function, int count = 1, TimeSpan? timeout = null)
    {
        try
        {
            await LmsPage.WaitForFunctionAsync(
                "([name, count]) => window.__lms.counts[name] >= count",
                new object[] { function, count },
                new PageWaitForFunctionOptions
                {
                    PollingInterval = 20,
                    Timeout = (float)(timeout ?? TimeSpan.FromSeconds(5)).TotalMilliseconds,
                });
        }
        catch (TimeoutException)
        {
            var report = await ReadReportAsync();
            throw new TimeoutException(
                $"Waited for {count} call(s) to {function}; the SCO made these calls:\n{report.Describe()}");
        }
    }

    public async Task FailNextCommitsAsync(int count) =>
        await LmsPage.EvaluateAsync("count => window.__lms.failCommits(count)", count);

    public async Task FailNextSetValuesAsync(int count, SetValueFault fault = SetValueFault.ReturnFalse) =>
        await LmsPage.EvaluateAsync(
            "([count, fault]) => window.__lms.failSetValues(count, fault)",
            new object[] { count, LmsFaults.ToScript(fault) });

    /// <summary>Gives the course frame a size of its own, as a phone or a desktop LMS would: its media queries follow.</summary>
    public async Task ResizeFrameAsync(int width, int height)
    {
        var size = LmsPage.ViewportSize;
        if (size is null || size.Width < width || size.Height < height + 40)
        {
            await LmsPage.SetViewportSizeAsync(Math.Max(width, size?.Width ?? 0), Math.Max(height + 40, size?.Height ?? 0));
        }

        await LmsPage.EvaluateAsync(
            "([width, height]) => { const frame = document.getElementById('sco'); frame.style.width = width + 'px'; frame.style.height = height + 'px'; }",
            new[] { width, height });
        await Sco.WaitForFunctionAsync("width => window.innerWidth === width", width);
    }

    public async ValueTask DisposeAsync()
    {
        if (OwnsProfile)
        {
            await _profile.DisposeAsync();
            return;
        }

        foreach (var page in new[] { ScoPage, LmsPage, OpenerPage }.OfType<IPage>().Distinct().Where(page => !page.IsClosed))
        {
            await page.CloseAsync();
        }
    }
}
