using Microsoft.Playwright;
using ScormBuilder.BrowserTests.Harness;

namespace ScormBuilder.BrowserTests.Accessibility;

/// <summary>
/// Checks one state of the course at each width a learner may use: axe's WCAG 2.2 AA rules, reflow without
/// sideways scrolling, and text at 200%. Problems are collected, each named by state and width, so that one
/// run lists them all. With SCORMBUILDER_SCREENSHOTS=1 it also saves each state, whole, to TestResults/screenshots.
/// </summary>
internal sealed partial class LayoutChecks(LmsSession session)
{
    private static readonly string? s_screenshots = Environment.GetEnvironmentVariable("SCORMBUILDER_SCREENSHOTS") == "1"
        ? Path.Combine(CoursePackages.RepositoryRoot, "TestResults", "screenshots")
        : null;

    // The wide size last: the learner goes on from there, with the contents list in view.
    public static readonly (int Width, int Height)[] Sizes = [(320, 640), (1280, 800)];

    private readonly List<string> _problems = [];
    private readonly List<string> _covered = [];

    public IReadOnlyList<string> Covered => _covered;

    public async Task CheckAsync(string state, params (int Width, int Height)[] sizes)
    {
        foreach (var (width, height) in sizes.Length > 0 ? sizes : Sizes)
        {
            await session.ResizeFrameAsync(width, height);
            var where = $"{state} at {width}px";
            foreach (var violation in await AxeCheck.RunAsync(session.Sco, AxeCheck.WcagTags))
            {
                _problems.Add($"{where}: {violation}");
            }

            var sideways = await SidewaysScrollAsync(session.Sco);
            if (sideways > 0)
            {
                _problems.Add($"{where}: the page scrolls sideways by {sideways}px ({await WidestAsync(session.Sco)}).");
            }

            if (width >= 1280)
            {
                var zoomed = await SidewaysScrollAtTextZoomAsync(session.Sco);
                if (zoomed > 0)
                {
                    _problems.Add($"{where} with text at 200%: the page scrolls sideways by {zoomed}px.");
                }
            }

            _covered.Add(where);
            await SaveScreenshotAsync(state, width, height);
        }
    }

    private async Task SaveScreenshotAsync(string state, int width, int height)
    {
        if (s_screenshots is null)
        {
            return;
        }

        Directory.CreateDirectory(s_screenshots);
        var name = $"{_covered.Count:D2}-{FileNameUnsafe().Replace(state.ToLowerInvariant(), "-").Trim('-')}-{width}.png";
        var whole = await session.Sco.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
        await session.ResizeFrameAsync(width, Math.Min(whole, 8000));
        await session.LmsPage.Locator("#sco").ScreenshotAsync(new() { Path = Path.Combine(s_screenshots, name) });
        await session.ResizeFrameAsync(width, height);
    }

    [System.Text.RegularExpressions.GeneratedRegex("[^a-z0-9]+")]
    private static partial System.Text.RegularExpressions.Regex FileNameUnsafe();

    public void AssertNone() =>
        Assert.True(_problems.Count == 0, $"{_problems.Count} problem(s):\n" + string.Join('\n', _problems));

    public static Task<int> SidewaysScrollAsync(IFrame frame) =>
        frame.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");

    // Browsers' text-only zoom scales the root font size; every size in course.css follows it (rem and em).
    private static async Task<int> SidewaysScrollAtTextZoomAsync(IFrame frame) =>
        await frame.EvaluateAsync<int>("""
            () => {
              const root = document.documentElement;
              root.style.fontSize = '200%';
              const sideways = root.scrollWidth - root.clientWidth;
              root.style.fontSize = '';
              return sideways;
            }
            """);

    private static Task<string> WidestAsync(IFrame frame) =>
        frame.EvaluateAsync<string>("""
            () => {
              const limit = document.documentElement.clientWidth;
              const wide = [...document.querySelectorAll('body *')].filter(e => e.getClientRects().length && e.getBoundingClientRect().right > limit + 1);
              return wide.slice(0, 3).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + String(e.className).split(' ').join('.') : '')).join(', ');
            }
            """);
}
