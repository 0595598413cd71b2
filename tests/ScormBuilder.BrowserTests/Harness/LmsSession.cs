using Microsoft.Playwright;

namespace ScormBuilder.BrowserTests.Harness;

/// <summary>One launch of the SCO under the test LMS, in a browser context of its own.</summary>
public sealed class LmsSession : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly PageErrorLog _errors;

    internal LmsSession(IBrowserContext context, PageErrorLog errors, IPage lmsPage, IPage scoPage, IFrame sco)
    {
        _context = context;
        _errors = errors;
        LmsPage = lmsPage;
        ScoPage = scoPage;
        Sco = sco;
    }

    /// <summary>The harness page that holds <c>window.API</c> and <c>window.__lms</c>.</summary>
    public IPage LmsPage { get; }

    /// <summary>The page the SCO runs in: the popup in window mode, otherwise <see cref="LmsPage"/>.</summary>
    public IPage ScoPage { get; }

    /// <summary>The SCO's frame: drive and inspect the course through it.</summary>
    public IFrame Sco { get; }

    public IReadOnlyList<string> ScriptErrors => _errors.Errors;

    /// <summary>Every Content-Security-Policy violation any frame of the session reported.</summary>
    public IReadOnlyList<string> CspViolations => _errors.CspViolations;

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

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
