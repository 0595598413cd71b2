using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ScormBuilder.BrowserTests.Harness;

namespace ScormBuilder.BrowserTests.Preview;

/// <summary>
/// 'scormbuilder preview' as an author uses it: the sample course of 'scormbuilder new' in the frame, the test
/// LMS beside it, its buttons, and rebuilds after edits. The course runs TestData/preview-runtime.js, whose
/// calls are known in advance, except in the test of the real runtime.
/// </summary>
[Collection(SecondHalfCollection.Name)]
public sealed partial class PreviewTests(BrowserFixture browser, PreviewFixture fixture) : IClassFixture<PreviewFixture>
{
    [Fact]
    public async Task Should_log_each_call_with_its_result_and_show_what_the_lms_holds()
    {
        await using var preview = await StartAsync();
        await preview.WaitForLaunchAsync(1);

        await preview.GoToPartAsync("s1-writing");

        await preview.WaitForLogRowAsync("LMSInitialize(\"\")", "→ \"true\"");
        await preview.WaitForLogRowAsync("LMSSetValue(\"cmi.core.lesson_location\", \"s1-writing\")", "→ \"true\"");
        await preview.WaitForLogRowAsync("LMSCommit(\"\")", "→ \"true\"");
        await preview.WaitForCmiAsync("cmi.core.lesson_status", "incomplete");
        await preview.WaitForCmiAsync("cmi.core.lesson_location", "s1-writing", committed: true);
        Assert.Equal("ab-initio", await preview.CmiAsync("cmi.core.entry"));
        Assert.Empty(preview.Errors.Errors);
    }

    [Fact]
    public async Task Should_make_the_next_commits_fail_with_error_101_and_keep_the_last_good_commit()
    {
        await using var preview = await StartAsync();
        await preview.WaitForLaunchAsync(1);
        await preview.WaitForCmiAsync("cmi.core.lesson_location", "welcome", committed: true);

        await preview.Page.FillAsync("#pv-fail-count", "1");
        await preview.Page.ClickAsync("#pv-fail");
        await Assertions.Expect(preview.Page.Locator("#pv-fail-state")).ToHaveTextAsync("The next commit will fail.");
        await preview.GoToPartAsync("s1-writing");

        var failed = await preview.WaitForLogRowAsync("LMSCommit(\"\")", "→ \"false\"");
        Assert.Contains("error 101", failed, StringComparison.Ordinal);
        Assert.Contains("failure made by the preview", failed, StringComparison.Ordinal);
        Assert.Equal("welcome", await preview.CmiAsync("cmi.core.lesson_location", committed: true));
        Assert.Equal("s1-writing", await preview.CmiAsync("cmi.core.lesson_location"));
        await Assertions.Expect(preview.Page.Locator("#pv-fail-state")).ToHaveTextAsync("");

        await preview.GoToPartAsync("cs-ward-induction");

        await preview.WaitForCmiAsync("cmi.core.lesson_location", "cs-ward-induction", committed: true);
        var commits = (await preview.CallsAsync()).Where(c => c.Fn == "LMSCommit").Select(c => c.Result);
        Assert.Equal(["true", "false", "true"], commits);
    }

    [Fact]
    public async Task Should_relaunch_a_returning_learner_with_what_the_lms_last_committed()
    {
        await using var preview = await StartAsync();
        await preview.WaitForLaunchAsync(1);
        await preview.GoToPartAsync("s2-building");
        await preview.WaitForCmiAsync("cmi.core.lesson_location", "s2-building", committed: true);

        await preview.Page.ClickAsync("#pv-resume");
        await preview.WaitForLaunchAsync(2);

        Assert.Equal("resume", await preview.Course.GetAttributeAsync("body", "data-entry"));
        Assert.Equal("s2-building", await preview.Course.GetAttributeAsync("body", "data-shown"));
        Assert.Equal("resume", await preview.CmiAsync("cmi.core.entry"));
        var calls = await preview.CallsAsync();
        // The first launch ended as a course ends when its page goes away: it saved and finished.
        Assert.Contains(calls, c => c is { Launch: 1, Fn: "LMSFinish", Result: "true" });
        Assert.Contains(calls, c => c is { Launch: 2, Fn: "LMSGetValue", Result: "s2-building" } && c.Args[0] == "cmi.core.lesson_location");
        await preview.WaitForLogRowAsync("Launch 2.", "returning learner");
    }

    [Fact]
    public async Task Should_start_a_new_learner_with_nothing_stored_on_reset()
    {
        await using var preview = await StartAsync();
        await preview.WaitForLaunchAsync(1);
        await preview.GoToPartAsync("s2-building");
        await preview.WaitForCmiAsync("cmi.core.lesson_location", "s2-building", committed: true);

        await preview.Page.ClickAsync("#pv-reset");
        await preview.WaitForLaunchAsync(2);

        Assert.Equal("ab-initio", await preview.Course.GetAttributeAsync("body", "data-entry"));
        Assert.Equal("welcome", await preview.Course.GetAttributeAsync("body", "data-shown"));
        await preview.WaitForCmiAsync("cmi.core.lesson_location", "welcome", committed: true);
        Assert.Equal("ab-initio", await preview.CmiAsync("cmi.core.entry"));
        await preview.WaitForLogRowAsync("Launch 2.", "new learner");
    }

    [Fact]
    public async Task Should_rebuild_after_an_edit_and_reload_the_frame_where_the_learner_was()
    {
        await using var preview = await StartAsync();
        await preview.WaitForLaunchAsync(1);
        await preview.GoToPartAsync("s1-writing");

        preview.Edit("sessions/01-writing-a-session.md", "A course is a folder of plain-text files.", "A course is a folder of text files, edited just now.");

        await preview.WaitForLaunchAsync(2);
        await Assertions.Expect(preview.Course.Locator("#s1-writing")).ToContainTextAsync("edited just now");
        Assert.Equal("s1-writing", await preview.Course.GetAttributeAsync("body", "data-shown"));
        await Assertions.Expect(preview.Page.Locator("#pv-build")).ToHaveTextAsync(BuildLine(2));
        await preview.WaitForLogRowAsync("Launch 2.", "Rebuilt (build 2)");
        // An edit of one page's text keeps every page: build 2 has as many as build 1.
        var pages = System.Text.RegularExpressions.Regex.Match(preview.Output, @"Previewing build 1: (\d+) pages").Groups[1].Value;
        Assert.NotEmpty(pages);
        Assert.Matches($@"Previewing build 2: {pages} pages", preview.Output);
    }

    [Fact]
    public async Task Should_keep_the_last_good_build_and_show_the_errors_until_the_edit_is_fixed()
    {
        await using var preview = await StartAsync();
        await preview.WaitForLaunchAsync(1);

        preview.Edit("sessions/01-writing-a-session.md", "title: \"Session 1", "tilte: \"Session 1");

        var diagnostics = preview.Page.Locator("#pv-diagnostics");
        await Assertions.Expect(diagnostics).ToBeVisibleAsync();
        await Assertions.Expect(diagnostics).ToContainTextAsync("Build 2 failed");
        await Assertions.Expect(diagnostics).ToContainTextAsync("01-writing-a-session.md(3,1)");
        await Assertions.Expect(diagnostics).ToContainTextAsync("Did you mean 'title'?");
        await Assertions.Expect(preview.Page.Locator("#pv-build")).ToContainTextAsync("Showing build 1.");
        Assert.Equal(1, await preview.Page.EvaluateAsync<int>("() => window.__preview.launches()"));
        await Assertions.Expect(preview.Course.Locator("#welcome")).ToBeAttachedAsync();

        preview.Edit("sessions/01-writing-a-session.md", "tilte: \"Session 1", "title: \"Session 1");

        await preview.WaitForLaunchAsync(2);
        // The sample keeps one honest warning (its editorial review is pending), so the box may stay; the failure goes.
        await Assertions.Expect(diagnostics).Not.ToContainTextAsync("failed");
        await Assertions.Expect(preview.Page.Locator("#pv-build")).ToHaveTextAsync(BuildLine(3));
        Assert.Contains("error SB1004", preview.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_serve_the_package_files_uncached_with_their_content_types()
    {
        await using var preview = await StartAsync();
        var request = preview.Page.APIRequest;

        var index = await request.GetAsync("/course/index.html");
        var manifest = await request.GetAsync("/course/imsmanifest.xml");
        var image = await request.GetAsync("/course/media/course-to-package.svg");
        var missing = await request.GetAsync("/course/nothing.html");

        Assert.Equal(200, index.Status);
        Assert.StartsWith("text/html", index.Headers["content-type"], StringComparison.Ordinal);
        Assert.Equal("no-store", index.Headers["cache-control"]);
        Assert.Contains("<manifest", await manifest.TextAsync(), StringComparison.Ordinal);
        Assert.Equal("image/svg+xml", image.Headers["content-type"]);
        Assert.Equal(404, missing.Status);
    }

    [Fact]
    public async Task Should_run_the_real_learner_runtime_against_the_preview_lms()
    {
        await using var preview = await StartAsync(fixture.RealTemplates);

        await preview.Page.WaitForFunctionAsync(
            "() => window.__preview.calls().some(c => c.fn === 'LMSInitialize' && c.result === 'true')");

        await Assertions.Expect(preview.Course.Locator("h1").First).ToContainTextAsync("Welcome");
        await preview.WaitForLogRowAsync("LMSInitialize(\"\")", "→ \"true\"");
        Assert.Empty(preview.Errors.Errors);
        Directory.CreateDirectory(ScreenshotDirectory);
        await preview.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, "preview.png") });
    }

    [Fact]
    public async Task Should_play_a_package_zip_and_log_its_initialise_and_commits()
    {
        await using var preview = await PreviewSession.StartPackageAsync(browser.Browser, fixture.SampleCourse, fixture.FixtureTemplates);
        await preview.WaitForLaunchAsync(1);

        await preview.GoToPartAsync("s1-writing");

        await preview.WaitForLogRowAsync("LMSInitialize(\"\")", "→ \"true\"");
        await preview.WaitForLogRowAsync("LMSCommit(\"\")", "→ \"true\"");
        await preview.WaitForCmiAsync("cmi.core.lesson_location", "s1-writing", committed: true);
        await Assertions.Expect(preview.Page.Locator(".pv-build")).ToContainTextAsync("not watched");
        Assert.Contains("Playing ", preview.Output, StringComparison.Ordinal);
        Assert.Empty(preview.Errors.Errors);
    }

    [Fact]
    public async Task Should_launch_a_package_href_with_its_query_as_an_lms_does()
    {
        const string launchHref = "scormtype=\"sco\" href=\"index.html\"";
        await using var preview = await PreviewSession.StartEditedPackageAsync(browser.Browser, fixture.SampleCourse, fixture.FixtureTemplates,
            manifest => manifest.Contains(launchHref, StringComparison.Ordinal)
                ? manifest.Replace(launchHref, "scormtype=\"sco\" href=\"index.html?lang=en&amp;x=1\"", StringComparison.Ordinal)
                : throw new InvalidOperationException("The built manifest no longer has the launch href this test edits."));

        await preview.WaitForLaunchAsync(1);

        Assert.EndsWith("/course/index.html?lang=en&x=1", preview.Course.Url, StringComparison.Ordinal);
        Assert.Equal("?lang=en&x=1", await preview.Course.EvaluateAsync<string>("() => location.search"));
        await preview.WaitForLogRowAsync("LMSInitialize(\"\")", "→ \"true\"");
        Assert.Empty(preview.Errors.Errors);
    }

    [Theory]
    [InlineData("generic", "incomplete")]
    [InlineData("moodle", "passed")]
    public async Task Should_store_the_status_at_finish_as_the_target_platform_does(string target, string stored)
    {
        await using var preview = await PreviewSession.StartPackageAsync(browser.Browser, fixture.SampleCourse, fixture.FixtureTemplates, "--target", target);
        await preview.WaitForLaunchAsync(1);
        var mastery = await preview.Page.EvaluateAsync<string>("() => window.API.LMSGetValue('cmi.student_data.mastery_score')");

        await preview.Course.EvaluateAsync($"() => {{ const api = window.parent.API; api.LMSSetValue('cmi.core.score.raw', '{int.Parse(mastery, System.Globalization.CultureInfo.InvariantCulture) + 1}'); api.LMSFinish(''); }}");

        await preview.WaitForCmiAsync("cmi.core.lesson_status", stored, committed: true);
        var finish = await preview.WaitForLogRowAsync("LMSFinish(\"\")", "→ \"true\"");
        Assert.Equal(target == "moodle", finish.Contains("Moodle: the status \"incomplete\" was stored as \"passed\"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("generic", "resume")]
    [InlineData("learninghub", "ab-initio")]
    public async Task Should_resume_after_a_passed_attempt_only_where_the_platform_does(string target, string entry)
    {
        await using var preview = await PreviewSession.StartPackageAsync(browser.Browser, fixture.SampleCourse, fixture.FixtureTemplates, "--target", target);
        await preview.WaitForLaunchAsync(1);
        await preview.Course.EvaluateAsync("() => { const api = window.parent.API; api.LMSSetValue('cmi.core.lesson_status', 'passed'); api.LMSCommit(''); }");
        await preview.WaitForCmiAsync("cmi.core.lesson_status", "passed", committed: true);

        await preview.Page.ClickAsync("#pv-resume");
        await preview.WaitForLaunchAsync(2);

        Assert.Equal(entry, await preview.CmiAsync("cmi.core.entry"));
        Assert.Equal(target == "learninghub", (await preview.LogRowsAsync()).Any(r => r.Contains("Learning Hub: the last attempt ended \"passed\"", StringComparison.Ordinal)));
    }

    /// <summary>Where the preview's screenshot goes, for a person to look at: TestResults/ at the repository root.</summary>
    private static string ScreenshotDirectory => Path.Combine(CoursePackages.RepositoryRoot, "TestResults");

    private Task<PreviewSession> StartAsync(string? templates = null) =>
        PreviewSession.StartAsync(browser.Browser, fixture.SampleCourse, templates ?? fixture.FixtureTemplates);

    private static Regex BuildLine(int number) => new($"^Build {number}: \\d+ ms, (0 warnings|1 warning)\\.$");
}
