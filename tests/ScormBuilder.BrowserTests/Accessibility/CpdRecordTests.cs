using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using ScormBuilder.BrowserTests.Harness;
using ScormBuilder.BrowserTests.Scenarios;
using ScormBuilder.Model;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ScormBuilder.BrowserTests.Accessibility;

/// <summary>
/// The CPD record: filled in from the learner's work, shown as text whatever they typed, printable and
/// downloadable from inside the LMS's frame, and the same after a relaunch.
/// </summary>
[Collection(SecondHalfCollection.Name)]
public sealed class CpdRecordTests(BrowserFixture browser, CoursePackages packages, ITestOutputHelper output)
{
    private const string Markup = "<img src=x onerror=alert(1)>";

    [Fact]
    public async Task Should_fill_the_record_show_typed_markup_as_text_and_print_and_download_it_from_the_frame()
    {
        var built = packages.MinimalCourse;
        var course = built.Course;
        var quiz = course.Quiz!;
        var reflection = course.Parts.OfType<Reflection>().Single();
        var record = course.Parts.OfType<CpdRecord>().Single();
        await using var lms = await TestLms.StartAsync(browser.Browser, built.Package.Path);
        var dialogs = new List<string>();

        LmsReport first;
        string completed;
        await using (var session = await lms.LaunchInFrameAsync(Scorm.FirstAttempt(course)))
        {
            session.LmsPage.Dialog += (_, dialog) => dialogs.Add(dialog.Message);
            var learner = new Learner(session.Sco, course);
            var document = session.Sco.Locator(".sb-cpd-document");
            await learner.OpenAsync(record);
            await Expect(document.Locator("[data-cpd=completed]")).ToHaveTextAsync("Not completed yet");
            await Expect(document.Locator("[data-cpd=score]")).ToHaveTextAsync("Not taken yet");
            await Expect(document.Locator($"[data-cpd-answer={reflection.Prompts[0].Id}]")).ToHaveTextAsync("No answer written.");

            await learner.OpenAsync(course.Parts[0]);
            await learner.NextThroughAsync(course.Parts[0], reflection);
            await learner.PromptField(reflection.Prompts[0]).FillAsync(Markup);
            await learner.PromptField(reflection.Prompts[1]).FillAsync("Line one\nline two & more");
            await learner.ActionField(0).FillAsync(Markup);
            await learner.ActionDate(0).FillAsync("2026-12-31");
            await Expect(session.Sco.Locator($"#{reflection.Id}-{reflection.Prompts[0].Id}-count")).ToHaveTextAsync($"{Markup.Length} of {reflection.Prompts[0].MaxLength} characters used.");
            // Until the LMS has it, the identified learner's copy is in this browser.
            await Device.WaitForAsync(session.Sco, "localStorage", Device.Key(await Device.StorageKeyAsync(session.Sco), "learner-1"), Markup);

            await learner.NextAsync(quiz);
            foreach (var question in quiz.Questions)
            {
                await learner.AnswerCorrectlyAsync(question);
            }

            await learner.SubmitQuizAsync();
            await learner.NextAsync(record);

            completed = LongDate(DateTime.Now);
            await Expect(document.Locator("[data-cpd=completed]")).ToHaveTextAsync(completed);
            await Expect(document.Locator("[data-cpd=time]")).ToHaveTextAsync("Less than a minute");
            await Expect(document.Locator("[data-cpd=score]")).ToHaveTextAsync("100% (passed)");
            await Expect(document.Locator($"[data-cpd-answer={reflection.Prompts[0].Id}]")).ToHaveTextAsync(Markup);
            await Expect(document.Locator("[data-cpd-action='0']")).ToHaveTextAsync(Markup);
            await Expect(document.Locator("[data-cpd-action-date='0']")).ToHaveTextAsync("31 December 2026");
            await Expect(document.Locator("[data-cpd-action-date='1']")).ToHaveTextAsync("no date set");
            await Expect(document.Locator("img")).ToHaveCountAsync(0);
            await Expect(document.GetByRole(AriaRole.Listitem).Filter(new() { HasText = record.Standards[1].Standard })).ToContainTextAsync(record.Standards[1].Evidence);
            await Expect(document).ToContainTextAsync(record.Reminder!);

            await session.Sco.EvaluateAsync("() => { window.__prints = 0; window.print = () => { window.__prints++; }; }");
            await session.Sco.Locator($"#{record.Id}").GetByRole(AriaRole.Button, new() { Name = "Print your record" }).ClickAsync();
            Assert.Equal(1, await session.Sco.EvaluateAsync<int>("() => window.__prints"));
            await ExpectPrintShowsOnlyTheRecordAsync(session);

            var download = await session.LmsPage.RunAndWaitForDownloadAsync(
                () => session.Sco.Locator($"#{record.Id}").GetByRole(AriaRole.Link, new() { Name = "Download your record (HTML file)" }).ClickAsync());
            Assert.Equal($"cpd-record-{course.Id}-{DateTime.Now:yyyy-MM-dd}.html", download.SuggestedFilename);
            var file = await File.ReadAllTextAsync(await download.PathAsync());
            await CheckDownloadedFileAsync(lms, file, completed);

            first = await Scorm.LeaveAsync(session);
            Scorm.AssertRulesHeld(first, session.ScriptErrors);
        }

        Assert.Equal(DateTime.Now.ToString("yyyyMMdd", CultureInfo.InvariantCulture), SavedProgress.Parse(first.CommittedValue("cmi.suspend_data")).Completed);

        // The LMS adds this session to cmi.core.total_time; say the earlier sessions took an hour and four minutes.
        var resume = Scorm.ResumeAfter(first);
        resume.Cmi["core"]!.AsObject()["total_time"] = JsonValue.Create("0001:04:40.00");
        await using (var back = await lms.LaunchInFrameAsync(resume))
        {
            back.LmsPage.Dialog += (_, dialog) => dialogs.Add(dialog.Message);
            var document = back.Sco.Locator(".sb-cpd-document");
            await new Learner(back.Sco, course).OpenAsync(record);
            await Expect(document.Locator($"[data-cpd-answer={reflection.Prompts[0].Id}]")).ToHaveTextAsync(Markup);
            await Expect(document.Locator($"[data-cpd-answer={reflection.Prompts[1].Id}]")).ToHaveTextAsync("Line one\nline two & more");
            await Expect(document.Locator("[data-cpd=completed]")).ToHaveTextAsync(completed);
            await Expect(document.Locator("[data-cpd=time]")).ToHaveTextAsync("1 hour 5 minutes");
            Assert.Empty(back.ScriptErrors);
        }

        Assert.Empty(dialogs);
    }

    [Fact]
    public async Task Should_print_the_record_alone_to_pdf()
    {
        var built = packages.RealCourse;
        var course = built.Course;
        var record = course.Parts.OfType<CpdRecord>().Single();
        var reflection = course.Parts.OfType<Reflection>().Single();
        await using var lms = await TestLms.StartAsync(browser.Browser, built.Package.Path);
        await using var sco = await lms.OpenWithoutLmsAsync();
        var learner = new Learner(sco.Page.MainFrame, course);
        await learner.OpenAsync(reflection);
        foreach (var prompt in reflection.Prompts)
        {
            await learner.PromptField(prompt).FillAsync($"An answer in my own words to: {prompt.Text}");
        }

        for (var i = 0; i < reflection.ActionCount; i++)
        {
            await learner.ActionField(i).FillAsync($"Action {i + 1}: something small and specific that I will do.");
            await learner.ActionDate(i).FillAsync($"2026-12-{10 + i}");
        }

        await learner.OpenAsync(record);
        var pdf = await sco.Page.PdfAsync(new() { Format = "A4", PrintBackground = true });

        Assert.True(pdf.Length > 10_000 && pdf.AsSpan(0, 5).SequenceEqual("%PDF-"u8), "Chromium did not print a PDF.");
        var path = Path.Combine(CoursePackages.RepositoryRoot, "TestResults", "cpd-record.pdf");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, pdf);
        output.WriteLine($"The printed CPD record: {path} ({pdf.Length:N0} bytes).");
        Assert.Empty(sco.ScriptErrors);
    }

    // The tests run without culture data (invariant globalization), so the month names are spelt out here.
    private static string LongDate(DateTime day) =>
        $"{day.Day} {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(day.Month)} {day.Year}";

    private static async Task ExpectPrintShowsOnlyTheRecordAsync(LmsSession session)
    {
        await session.LmsPage.EmulateMediaAsync(new() { Media = Media.Print });
        foreach (var chrome in new[] { ".sb-header", "#sb-contents", ".sb-pager", ".sb-skip", ".sb-cpd-tools", ".sb-cpd-record > h1", ".sb-cpd-record > .sb-prose", "#sb-keep-record", "#sb-device" })
        {
            // Tools appear on the record part and in the keep-your-record panel: none of them print.
            foreach (var element in await session.Sco.Locator(chrome).AllAsync())
            {
                await Expect(element).ToBeHiddenAsync();
            }
        }

        await Expect(session.Sco.Locator(".sb-cpd-document")).ToBeVisibleAsync();
        await session.LmsPage.EmulateMediaAsync(new() { Media = Media.Screen });
    }

    // The file stands alone: styles inline, no script, and the learner's markup still only text.
    private async Task CheckDownloadedFileAsync(TestLms lms, string file, string completed)
    {
        Assert.StartsWith("<!DOCTYPE html>", file, StringComparison.Ordinal);
        Assert.Contains("<meta charset=\"utf-8\">", file, StringComparison.Ordinal);
        Assert.Contains("<style>", file, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", file, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", file, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", file, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", file, StringComparison.Ordinal);

        await using var page = await OpenFileAsync(lms, file);
        await Expect(page.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("CPD record: A minimal course");
        await Expect(page.Page.Locator("[data-cpd=completed]")).ToHaveTextAsync(completed);
        Assert.Empty(await AxeCheck.RunAsync(page.Page.MainFrame, AxeCheck.WcagTags));
        Assert.Empty(page.Dialogs);
        output.WriteLine($"Downloaded record: {file.Length:N0} characters.");
    }

    // Served from the test LMS's own address, with scripts enabled, as a learner's browser would open it.
    private async Task<OpenedFile> OpenFileAsync(TestLms lms, string file)
    {
        var page = await browser.Browser.NewPageAsync(new() { BaseURL = lms.BaseAddress.ToString() });
        var opened = new OpenedFile(page);
        page.Dialog += (_, dialog) => opened.Dialogs.Add(dialog.Message);
        await page.RouteAsync("**/downloaded/cpd-record.html", route => route.FulfillAsync(new() { Body = file, ContentType = "text/html; charset=utf-8" }));
        await page.GotoAsync("downloaded/cpd-record.html");
        return opened;
    }

    private sealed class OpenedFile(IPage page) : IAsyncDisposable
    {
        public IPage Page { get; } = page;

        public List<string> Dialogs { get; } = [];

        public async ValueTask DisposeAsync() => await Page.Context.CloseAsync();
    }
}
