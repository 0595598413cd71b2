using Microsoft.Playwright;
using ScormBuilder.BrowserTests.Harness;

namespace ScormBuilder.BrowserTests.Scenarios;

/// <summary>
/// The hostile inputs that still build (issue 19's corpus: stray closing tags in every kind of body, titles that
/// hold the build's own mark names, links that leave the course or open its files), each opened as a package in
/// the test LMS and walked part by part: no script but the runtime's ran, no request left the test LMS's host,
/// the course's frame never navigated (a link to a package file opens a new window instead), the LMS heard no
/// LMSFinish while the learner stayed and nothing broke its rules, and no CSP violation.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class HostilePackagesScenario(BrowserFixture browser, CoursePackages packages)
{
    private const string Pdf = "%PDF-1.4 a small document\n";

    // Only these schemes reach a host. Chromium's built-in PDF viewer loads chrome:// and chrome-extension:// pages
    // of its own, which never leave the browser.
    private static readonly string[] s_networkSchemes = ["http", "https", "ws", "wss", "ftp"];

    private static readonly Dictionary<string, Action<CourseCopy>> s_cases = new()
    {
        ["stray closing tags in every body"] = copy =>
        {
            foreach (var file in new[] { "pages/welcome.md", "sessions/01-intro.md", "case-studies/alex.md", "sessions/02-summary.md", "transcripts/summary.md", "reflection.md", "cpd-record.md", "pages/references.md" })
            {
                File.AppendAllText(copy.PathOf(file), "\n</div></section></main></article></body></html>\n\nStill inside. </p></div> <b>Bold</b> </section>\n");
            }
        },
        ["a title and outcome holding the build's mark names"] = copy =>
        {
            copy.Replace("course.yaml", "title: \"A minimal course\"", "title: 'A course data-sb-line=\"3\" data-sb-src=\"x\" data-sb-line='");
            copy.Replace("course.yaml", "text: Name one benefit & one risk.", "text: \"Name one data-sb-generic= benefit </script><!--\"");
        },
        ["links with allowed rel values, and links that leave"] = copy => File.AppendAllText(copy.PathOf("case-studies/alex.md"),
            "\n<a href=\"https://x.example/\" target=\"_blank\" rel=\"nofollow\">a site</a> [another](https://x.example/2) <someone@example.org>\n"),
        ["links to the package's own files"] = copy =>
        {
            File.WriteAllText(copy.PathOf("media/notes.pdf"), Pdf);
            File.AppendAllText(copy.PathOf("sessions/01-intro.md"),
                "\n[the notes](../media/notes.pdf) [the captions](../media/summary.vtt) [the diagram](../media/diagram.png)\n\nSee [the notes][n].\n\n[n]: ../media/notes.pdf\n");
        },
        ["an element left open at the end of a body"] = copy => File.AppendAllText(copy.PathOf("case-studies/alex.md"), "\n<div class=\"note\">\n\nMore text.\n"),
    };

    public static TheoryData<string> Cases => [.. s_cases.Keys];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Should_run_only_the_runtime_and_keep_the_course_in_its_frame(string name)
    {
        // Given
        var built = packages.Build("hostile-" + s_cases.Keys.ToList().IndexOf(name), CoursePackages.MinimalCourseDirectory, s_cases[name]);
        var course = built.Course;
        await using var lms = await TestLms.StartAsync(browser.Browser, built.Package.Path);
        await using var session = await lms.LaunchInFrameAsync(Scorm.FirstAttempt(course));
        var origin = lms.BaseAddress.GetLeftPart(UriPartial.Authority);
        var requests = new List<string>();
        session.ScoPage.Context.Request += (_, request) => requests.Add(request.Url);
        var navigations = new List<string>();
        session.ScoPage.FrameNavigated += (_, frame) =>
        {
            if (frame == session.Sco)
            {
                navigations.Add(frame.Url);
            }
        };
        var learner = new Learner(session.Sco, course);

        // When
        await learner.ExpectOnAsync(course.Parts[0]);
        for (var i = 1; i < course.Parts.Count; i++)
        {
            await learner.NextAsync(course.Parts[i]);
        }

        var scripts = await session.Sco.EvaluateAsync<string[]>("() => [...document.scripts].map(s => s.src || s.id)");
        var opened = new List<string>();
        foreach (var part in course.Parts)
        {
            await learner.OpenAsync(part);
            foreach (var link in await session.Sco.Locator($"#{part.Id} a[href^='media/']").AllAsync())
            {
                opened.Add(await AddressOpenedByAsync(link, session.ScoPage));
            }
        }

        var report = await session.ReadReportAsync();

        // Then
        Assert.Equal(2, scripts.Length);
        Assert.Equal("sb-course", scripts[0]);
        Assert.EndsWith("/assets/runtime.js", scripts[1], StringComparison.Ordinal);
        Assert.All(requests.Where(ReachesAHost), url => Assert.True(url.StartsWith(origin, StringComparison.Ordinal), $"Requested from another host: {url}"));
        Assert.Empty(navigations);
        Assert.All(opened, url => Assert.StartsWith(origin, url, StringComparison.Ordinal));
        Assert.Equal(name == "links to the package's own files" ? 4 : 0, opened.Count);
        Assert.Empty(report.CallsTo("LMSFinish"));
        Assert.Empty(report.ViolatedRules());
        Scorm.AssertNothingWentWrong(session);
    }

    // What a click asked for in the window it opened, read from its navigation request (the course frame's own
    // navigations are caught apart): a file the browser downloads rather than shows (a PDF in the headless shell)
    // leaves the new window's address blank.
    private static async Task<string> AddressOpenedByAsync(ILocator link, IPage course)
    {
        var asked = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnRequest(object? sender, IRequest request)
        {
            if (request.IsNavigationRequest)
            {
                asked.TrySetResult(request.Url);
            }
        }

        course.Context.Request += OnRequest;
        try
        {
            var popup = await course.Context.RunAndWaitForPageAsync(() => link.ClickAsync());
            var address = await asked.Task.WaitAsync(TimeSpan.FromSeconds(10));
            await popup.CloseAsync();
            return address;
        }
        finally
        {
            course.Context.Request -= OnRequest;
        }
    }

    private static bool ReachesAHost(string url) => s_networkSchemes.Contains(new Uri(url).Scheme);
}
