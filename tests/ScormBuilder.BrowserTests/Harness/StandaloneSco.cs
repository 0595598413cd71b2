using Microsoft.Playwright;

namespace ScormBuilder.BrowserTests.Harness;

/// <summary>The SCO opened as a plain web page, with no LMS anywhere (a learner opening the file directly).</summary>
public sealed class StandaloneSco : IAsyncDisposable
{
    private readonly BrowserProfile _profile;

    internal StandaloneSco(BrowserProfile profile, IPage page)
    {
        _profile = profile;
        Page = page;
    }

    public IPage Page { get; }

    /// <summary>Disposing closes the whole profile (a launch of its own), not only the page.</summary>
    internal bool OwnsProfile { get; init; }

    public IReadOnlyList<string> ScriptErrors => _profile.Log.Errors;

    public IReadOnlyList<string> CspViolations => _profile.Log.CspViolations;

    public IReadOnlyList<string> Dialogs => _profile.Log.Dialogs;

    public async ValueTask DisposeAsync()
    {
        if (OwnsProfile)
        {
            await _profile.DisposeAsync();
        }
        else if (!Page.IsClosed)
        {
            await Page.CloseAsync();
        }
    }
}
