using Microsoft.Playwright;

namespace ScormBuilder.BrowserTests.Harness;

/// <summary>
/// The test LMS for one package: serves it and launches it in the shared browser, in a frame, in a new
/// window, or with no LMS at all. Each launch here gets a fresh browser context, so only the CMI carries over;
/// launches in one <see cref="BrowserProfile"/> share the browser's storage.
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

    /// <summary>A browser profile of its own, for several launches one after another (see <see cref="BrowserProfile"/>).</summary>
    public Task<BrowserProfile> NewProfileAsync() => BrowserProfile.OpenAsync(_browser, _server);

    /// <summary>Launches the SCO in an iframe of the LMS page, as Moodle does.</summary>
    public async Task<LmsSession> LaunchInFrameAsync(LmsLaunch launch)
    {
        var profile = await NewProfileAsync();
        var session = await profile.LaunchInFrameAsync(launch);
        session.OwnsProfile = true;
        return session;
    }

    /// <summary>Launches the SCO with window.open, as ESR does: the API is on the opener.</summary>
    public async Task<LmsSession> LaunchInWindowAsync(LmsLaunch launch)
    {
        var profile = await NewProfileAsync();
        var session = await profile.LaunchInWindowAsync(launch);
        session.OwnsProfile = true;
        return session;
    }

    /// <summary>Opens the SCO as a plain page: no API on any parent or opener.</summary>
    public async Task<StandaloneSco> OpenWithoutLmsAsync(string scoPath = "index.html")
    {
        var profile = await NewProfileAsync();
        var sco = await profile.OpenWithoutLmsAsync(scoPath);
        return new StandaloneSco(profile, sco.Page) { OwnsProfile = true };
    }

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();
}
