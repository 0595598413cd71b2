using System.Diagnostics;
using System.Text.Json;
using Microsoft.Playwright;
using ScormBuilder.BrowserTests.Harness;

namespace ScormBuilder.BrowserTests.Preview;

/// <summary>
/// One author's preview: a copy of a course, 'scormbuilder preview' serving it, and the preview page open in
/// the shared Chromium. The page object reads the log and the CMI table as an author sees them.
/// </summary>
public sealed class PreviewSession : IAsyncDisposable
{
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(20);

    private readonly IBrowserContext _context;
    private readonly PreviewProcess _process;
    private readonly string _workDirectory;

    private PreviewSession(string workDirectory, PreviewProcess process, IBrowserContext context, IPage page, PageErrorLog errors)
    {
        _workDirectory = workDirectory;
        _process = process;
        _context = context;
        Page = page;
        Errors = errors;
        CourseDirectory = Path.Combine(workDirectory, "course");
    }

    public IPage Page { get; }

    public PageErrorLog Errors { get; }

    /// <summary>The course folder the preview watches: edit it to see a rebuild.</summary>
    public string CourseDirectory { get; }

    /// <summary>The course, in the preview page's frame.</summary>
    public IFrame Course => Page.Frame("course") ?? throw new InvalidOperationException("The preview page has no course frame.");

    public string Output => _process.Output;

    public static async Task<PreviewSession> StartAsync(IBrowser browser, string courseSource, string templatesDirectory)
    {
        var work = Directory.CreateTempSubdirectory("scormbuilder-preview-").FullName;
        CourseCopy.CopyDirectory(courseSource, Path.Combine(work, "course"));
        return await OpenAsync(browser, work, await PreviewProcess.StartAsync(Path.Combine(work, "course"), templatesDirectory));
    }

    /// <summary>Builds <paramref name="courseSource"/> into a package zip, then previews the zip, not the folder.</summary>
    public static async Task<PreviewSession> StartPackageAsync(IBrowser browser, string courseSource, string templatesDirectory, params string[] more)
    {
        var work = Directory.CreateTempSubdirectory("scormbuilder-preview-").FullName;
        return await OpenAsync(browser, work, await PreviewProcess.StartPackageAsync(BuildPackage(courseSource, templatesDirectory, work), more));
    }

    /// <summary>As <see cref="StartPackageAsync"/>, with the zip's manifest rewritten by <paramref name="editManifest"/> first, as a supplier's differs.</summary>
    public static async Task<PreviewSession> StartEditedPackageAsync(IBrowser browser, string courseSource, string templatesDirectory, Func<string, string> editManifest)
    {
        var work = Directory.CreateTempSubdirectory("scormbuilder-preview-").FullName;
        var zipPath = BuildPackage(courseSource, templatesDirectory, work);
        using (var zip = System.IO.Compression.ZipFile.Open(zipPath, System.IO.Compression.ZipArchiveMode.Update))
        {
            var entry = zip.GetEntry("imsmanifest.xml")!;
            string manifest;
            using (var reader = new StreamReader(entry.Open()))
            {
                manifest = reader.ReadToEnd();
            }

            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("imsmanifest.xml").Open());
            writer.Write(editManifest(manifest));
        }

        return await OpenAsync(browser, work, await PreviewProcess.StartPackageAsync(zipPath));
    }

    private static string BuildPackage(string courseSource, string templatesDirectory, string work)
    {
        var output = Path.Combine(work, "dist");
        var build = ScormBuilderCli.Run("build", courseSource, "-o", output, "--templates", templatesDirectory);
        if (build.ExitCode != 0)
        {
            throw new InvalidOperationException($"scormbuilder build failed (exit {build.ExitCode}):\n{build.Output}");
        }

        return Directory.GetFiles(output, "*.zip").Single();
    }

    private static async Task<PreviewSession> OpenAsync(IBrowser browser, string work, PreviewProcess process)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = process.Address.ToString(),
            ViewportSize = new ViewportSize { Width = 1440, Height = 900 },
        });
        context.SetDefaultTimeout((float)s_wait.TotalMilliseconds);
        var errors = new PageErrorLog();
        errors.Watch(context);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        return new PreviewSession(work, process, context, page, errors);
    }

    /// <summary>Waits for launch <paramref name="number"/> to have loaded the course and started its LMS session.</summary>
    public async Task WaitForLaunchAsync(int number)
    {
        await Page.WaitForFunctionAsync(
            "n => window.__preview && window.__preview.launches() >= n && window.__preview.calls().some(c => c.launch === n && c.fn === 'LMSInitialize')",
            number,
            new PageWaitForFunctionOptions { PollingInterval = 50 });
        await Course.WaitForSelectorAsync("body[data-shown]");
    }

    /// <summary>The text of each row of the call log, as the author reads it.</summary>
    public async Task<IReadOnlyList<string>> LogRowsAsync() =>
        await Page.Locator("#pv-log li").AllInnerTextsAsync();

    /// <summary>Waits until a row of the call log contains all of <paramref name="fragments"/>; returns that row.</summary>
    public async Task<string> WaitForLogRowAsync(params string[] fragments)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < s_wait)
        {
            var rows = await LogRowsAsync();
            if (rows.LastOrDefault(row => fragments.All(f => row.Contains(f, StringComparison.Ordinal))) is { } row)
            {
                return row;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"No row of the call log contains {string.Join(" and ", fragments.Select(f => $"'{f}'"))}. The log:\n" +
            string.Join('\n', await LogRowsAsync()));
    }

    /// <summary>An element's value in the "What the LMS holds" table: now, or as last committed.</summary>
    public async Task<string> CmiAsync(string element, bool committed = false)
    {
        var cell = Page.Locator($"#pv-cmi-rows tr[data-element='{element}'] td").Nth(committed ? 1 : 0).Locator("code");
        return await cell.CountAsync() == 0 ? "" : await cell.InnerTextAsync();
    }

    /// <summary>Waits until the table shows <paramref name="expected"/> for <paramref name="element"/>.</summary>
    public async Task WaitForCmiAsync(string element, string expected, bool committed = false)
    {
        var clock = Stopwatch.StartNew();
        var actual = "";
        while (clock.Elapsed < s_wait)
        {
            actual = await CmiAsync(element, committed);
            if (actual == expected)
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"{element} ({(committed ? "last committed" : "now")}) is '{actual}', not '{expected}'.");
    }

    /// <summary>The calls the page recorded, for checks the log text cannot make precisely.</summary>
    public async Task<IReadOnlyList<LoggedCall>> CallsAsync()
    {
        var json = await Page.EvaluateAsync<string>("() => JSON.stringify(window.__preview.calls())");
        return JsonSerializer.Deserialize<List<LoggedCall>>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }

    /// <summary>Shows another part in the course frame by its contents link, as a learner would.</summary>
    public async Task GoToPartAsync(string partId)
    {
        await Course.Locator($"#sb-contents a[href='#{partId}']").DispatchEventAsync("click");
        await Course.WaitForSelectorAsync($"body[data-shown='{partId}']");
    }

    public void Edit(string relative, string oldText, string newText)
    {
        var path = Path.Combine(CourseDirectory, relative);
        var text = File.ReadAllText(path);
        Assert.True(text.Contains(oldText, StringComparison.Ordinal), $"'{oldText}' is not in {relative}: the test is out of date.");
        File.WriteAllText(path, text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    public async ValueTask DisposeAsync()
    {
        await _context.CloseAsync();
        await _process.DisposeAsync();
        try
        {
            Directory.Delete(_workDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A test must not fail because cleanup did.
        }
    }
}

/// <summary>One SCORM call as the preview page recorded it.</summary>
public sealed record LoggedCall(int Launch, int Seq, string Fn, IReadOnlyList<string> Args, string Result, string Error, bool Injected, IReadOnlyList<string> Notes);
