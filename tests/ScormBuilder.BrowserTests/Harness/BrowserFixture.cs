using Microsoft.Playwright;

namespace ScormBuilder.BrowserTests.Harness;

/// <summary>Launches Debian's Chromium once for every test in <see cref="BrowserCollection"/>.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

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
                $"The browser tests need Chromium at {ChromiumPath}. Install it with: apt-get install -y chromium");
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
/// The scenarios: a learner's journeys through an LMS, sharing one Chromium and the packages of
/// <see cref="CoursePackages"/>. They run beside <see cref="ChecksCollection"/>, which has a Chromium of its own.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>, ICollectionFixture<CoursePackages>
{
    public const string Name = "Browser: scenarios";
}

/// <summary>The accessibility, harness and preview tests: in their own Chromium, beside the scenarios.</summary>
[CollectionDefinition(Name)]
public sealed class ChecksCollection : ICollectionFixture<BrowserFixture>, ICollectionFixture<CoursePackages>
{
    public const string Name = "Browser: accessibility, harness and preview";
}

/// <summary>A test that times the page runs alone, after the others, so that their work is not in its figures.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingCollection : ICollectionFixture<BrowserFixture>, ICollectionFixture<CoursePackages>
{
    public const string Name = "Browser: timed, alone";
}
