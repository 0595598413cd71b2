using Microsoft.Playwright;

namespace ScormBuilder.BrowserTests.Harness;

/// <summary>
/// Launches Debian's Chromium once for every test in a collection: its headless shell, the same Chromium build (Blink,
/// V8, the same version as the desktop package) without the desktop browser's window compositing, which took some
/// 40% of the suite's processor time for nothing a test looks at.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium-headless-shell";

    private static readonly string[] _chromiumArguments =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser =>
        _browser ?? throw new InvalidOperationException("The browser has not been launched.");

    public async Task InitializeAsync()
    {
        // Throwing here fails every test in the collection: a missing browser must never look like a pass.
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"The browser tests need Chromium at {ChromiumPath}. Install it with: apt-get install -y chromium-headless-shell");
        }

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = _chromiumArguments,
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
    }
}

/// <summary>
/// Half the browser tests, with their own Chromium, beside <see cref="SecondHalfCollection"/>: the two share only the
/// packages of <see cref="CoursePackages"/>, built once, and are split by running time so that they end together
/// (the scenarios but one here; the accessibility, harness and preview tests and the longest scenario there).
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>, ICollectionFixture<CoursePackages>
{
    public const string Name = "Browser, first half";
}

/// <summary>The other half of the browser tests (<see cref="BrowserCollection"/>), in a Chromium of its own.</summary>
[CollectionDefinition(Name)]
public sealed class SecondHalfCollection : ICollectionFixture<BrowserFixture>, ICollectionFixture<CoursePackages>
{
    public const string Name = "Browser, second half";
}

/// <summary>A test that times the page runs alone, after the others, so that their work is not in its figures.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingCollection : ICollectionFixture<BrowserFixture>, ICollectionFixture<CoursePackages>
{
    public const string Name = "Browser: timed, alone";
}
