using Microsoft.Playwright;
using ScormBuilder.BrowserTests.Harness;

namespace ScormBuilder.BrowserTests.Accessibility;

/// <summary>
/// The flagship's uploader's sheet for Learning Hub, opened offline from its file as an uploader would: it loads
/// nothing else, its style and copy script run under its own Content-Security-Policy with no error, a copy button
/// says "Copied" in its live region, axe finds nothing, and without script the values are still there to select.
/// </summary>
[Collection(SecondHalfCollection.Name)]
public sealed class UploadSheetTests(BrowserFixture browser) : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("sb-sheet-").FullName;

    [Fact]
    public async Task Should_open_offline_copy_a_value_and_have_no_request_no_error_and_no_axe_violation()
    {
        // Given the flagship built for Learning Hub
        var address = new Uri(BuildSheet()).AbsoluteUri;

        // When its sheet is opened in a browser with no network, under its own Content-Security-Policy
        var log = new PageErrorLog();
        await using var context = await browser.Browser.NewContextAsync(new() { Offline = true });
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        log.Watch(context);
        var page = await context.NewPageAsync();
        var requests = new List<string>();
        var consoleErrors = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                consoleErrors.Add(message.Text);
            }
        };
        await page.GotoAsync(address);

        // (the style applies and the script ran, so both hashes are right; a button copies the title, from the keyboard)
        Assert.Contains("monospace", await page.Locator(".value").First.EvaluateAsync<string>("e => getComputedStyle(e).fontFamily"), StringComparison.Ordinal);
        var copyTitle = page.GetByRole(AriaRole.Button, new() { Name = "Copy Title" });
        Assert.True(await copyTitle.IsVisibleAsync(), "The copy script did not run: its hash may not match the policy's.");
        await copyTitle.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#copy-status")).ToHaveTextAsync("Copied: Title.");
        Assert.Equal(await page.Locator("#field-1").TextContentAsync(), await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));

        // (in print, the buttons go and the values stay)
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.False(await copyTitle.IsVisibleAsync());
        Assert.True(await page.Locator("#field-1").IsVisibleAsync());
        await page.EmulateMediaAsync(new() { Media = Media.Screen });

        // Then it asked for nothing but itself, and nothing went wrong
        Assert.Equal([address], requests);
        Assert.Empty(consoleErrors);
        Assert.Empty(log.Errors);
        Assert.Empty(log.CspViolations);
        Assert.Equal(1, await page.Locator("h1").CountAsync());
        Assert.True(await page.Locator("input[type=checkbox]").CountAsync() >= 2);

        // And axe, which has to be let past the policy to run, finds no violation
        await using var axeContext = await browser.Browser.NewContextAsync(new() { Offline = true, BypassCSP = true });
        var axePage = await axeContext.NewPageAsync();
        await axePage.GotoAsync(address);
        await axePage.AddScriptTagAsync(new() { Path = Path.Combine(LmsServer.HarnessDirectory, "vendor", "axe.min.js") });
        var violations = await AxeCheck.RunAsync(axePage.MainFrame);
        Assert.True(violations.Count == 0, string.Join('\n', violations));
    }

    [Fact]
    public async Task Should_show_every_value_as_text_and_no_dead_button_without_script()
    {
        var address = new Uri(BuildSheet()).AbsoluteUri;

        await using var context = await browser.Browser.NewContextAsync(new() { Offline = true, JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync(address);

        Assert.Equal(0, await page.Locator("button:visible").CountAsync());
        Assert.Contains("Post with Care", await page.Locator("#field-1").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Matches("^[0-9a-f]{64}$", await page.Locator("#package-sha256").InnerTextAsync());

        // (the launch and what Learning Hub keeps are text too: the mastery score is the flagship's own)
        Assert.Equal("A new window", await page.Locator("#launch-1").InnerTextAsync());
        var mastery = File.ReadLines(Path.Combine(CoursePackages.RealCourseDirectory, "course.yaml"))
            .Single(l => l.StartsWith("mastery_score:", StringComparison.Ordinal))["mastery_score:".Length..].Trim();
        Assert.Equal(mastery, (await page.Locator("#stored-title ~ dl dt:has-text('Mastery score') + dd").InnerTextAsync()).Trim());
    }

    private string BuildSheet()
    {
        var (exitCode, output) = ScormBuilderCli.Run("build", CoursePackages.RealCourseDirectory, "-o", _work, "--target", "learninghub");
        Assert.True(exitCode == 0, output);
        return Assert.Single(Directory.GetFiles(_work, "*-learninghub-upload.html"));
    }

    public void Dispose() => Directory.Delete(_work, recursive: true);
}
