using Microsoft.Playwright;

namespace ScormBuilder.BrowserTests.Harness;

/// <summary>The SCO opened as a plain web page, with no LMS anywhere (a learner opening the file directly).</summary>
public sealed class StandaloneSco : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly PageErrorLog _errors;

    internal StandaloneSco(IBrowserContext context, PageErrorLog errors, IPage page)
    {
        _context = context;
        _errors = errors;
        Page = page;
    }

    public IPage Page { get; }

    public IReadOnlyList<string> ScriptErrors => _errors.Errors;

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
