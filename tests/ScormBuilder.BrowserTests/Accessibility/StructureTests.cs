using Microsoft.Playwright;
using ScormBuilder.BrowserTests.Harness;
using ScormBuilder.BrowserTests.Scenarios;
using ScormBuilder.Model;
using static Microsoft.Playwright.Assertions;

namespace ScormBuilder.BrowserTests.Accessibility;

/// <summary>
/// What a screen reader and a printer make of the page: landmarks, one heading per part, questions as fieldsets
/// with legends, a progress bar with words, live regions, controls that stand out from the page, and print
/// without the navigation.
/// </summary>
[Collection(SecondHalfCollection.Name)]
public sealed class StructureTests(BrowserFixture browser, CoursePackages packages)
{
    // WCAG 1.4.11: what identifies a control (its border) has 3:1 against the page behind it.
    private const string WeakestControlContrast = """
        () => {
          const rgb = c => c.match(/[\d.]+/g).slice(0, 3).map(Number);
          const lum = c => { const [r, g, b] = rgb(c).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
          const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
          const page = getComputedStyle(document.body).backgroundColor;
          const controls = [...document.querySelectorAll('textarea, input[type=text], input[type=date], .sb-button:not([disabled])')].filter(e => e.getClientRects().length);
          return controls.map(e => ({ what: e.id || e.textContent.trim(), ratio: ratio(getComputedStyle(e).borderTopColor, page) }))
            .sort((a, b) => a.ratio - b.ratio).map(c => c.what + ' ' + c.ratio.toFixed(2))[0] || 'none 99';
        }
        """;

    [Fact]
    public async Task Should_give_landmarks_headings_fieldsets_progress_words_live_regions_and_a_clean_printout()
    {
        var built = packages.MinimalCourse;
        var course = built.Course;
        var quiz = course.Quiz!;
        await using var lms = await TestLms.StartAsync(browser.Browser, built.Package.Path);
        await using var session = await lms.LaunchInFrameAsync(Scorm.FirstAttempt(course));
        var sco = session.Sco;
        var learner = new Learner(sco, course);

        await Expect(sco.GetByRole(AriaRole.Banner)).ToHaveCountAsync(1);
        await Expect(sco.GetByRole(AriaRole.Main)).ToHaveCountAsync(1);
        await Expect(sco.GetByRole(AriaRole.Navigation, new() { Name = "Course contents" })).ToBeVisibleAsync();
        await Expect(sco.GetByRole(AriaRole.Navigation, new() { Name = "Previous and next" })).ToBeVisibleAsync();
        await Expect(sco.GetByRole(AriaRole.Link, new() { Name = "Skip to content" })).ToHaveAttributeAsync("href", "#sb-main");
        await Expect(sco.GetByRole(AriaRole.Progressbar)).ToHaveAccessibleNameAsync($"1 of {course.Parts.Count(p => p.Required)} parts done");
        await Expect(sco.GetByRole(AriaRole.Status)).ToHaveAttributeAsync("id", "sb-live");
        await Expect(sco.Locator("#sb-alert")).ToHaveAttributeAsync("role", "alert");

        foreach (var part in course.Parts)
        {
            await learner.OpenAsync(part);
            await Expect(sco.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveCountAsync(1);
            await Expect(sco.GetByRole(AriaRole.Region, new() { Name = part.Title, Exact = true })).ToBeVisibleAsync();
        }

        await learner.OpenAsync(quiz);
        foreach (var question in quiz.Questions)
        {
            var group = sco.GetByRole(AriaRole.Group, new() { NameRegex = new System.Text.RegularExpressions.Regex(System.Text.RegularExpressions.Regex.Escape(question.Text)) });
            await Expect(group).ToHaveCountAsync(1);
            await Expect(group.Locator("legend")).ToHaveCountAsync(1);
            await Expect(group.GetByRole(question.Type == QuestionType.MultipleResponse ? AriaRole.Checkbox : AriaRole.Radio)).ToHaveCountAsync(question.Options.Count);
        }

        await Expect(sco.GetByRole(AriaRole.Progressbar)).ToHaveAccessibleNameAsync(await learner.Progress.InnerTextAsync());
        foreach (var question in quiz.Questions)
        {
            await learner.AnswerWronglyAsync(question);
        }

        await learner.SubmitQuizAsync();
        await Expect(sco.Locator("#sb-live")).ToContainTextAsync("You need");
        await AssertControlsStandOutAsync(sco, "the marked quiz");
        await AssertPrintOmitsNavigationAsync(session, quiz.Id);

        await learner.OpenAsync(learner.Reflection);
        await AssertControlsStandOutAsync(sco, "the reflection");
        Assert.Empty(session.ScriptErrors);
    }

    private static async Task AssertControlsStandOutAsync(IFrame sco, string where)
    {
        var weakest = await sco.EvaluateAsync<string>(WeakestControlContrast);
        var ratio = double.Parse(weakest[(weakest.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(ratio >= 3, $"On {where}, the border of {weakest} is below 3:1 against the page.");
    }

    private static async Task AssertPrintOmitsNavigationAsync(LmsSession session, string partId)
    {
        await session.LmsPage.EmulateMediaAsync(new() { Media = Media.Print });
        foreach (var chrome in new[] { ".sb-header", "#sb-contents", ".sb-pager", ".sb-skip", ".sb-quiz-result button", ".sb-quiz-form button[type=submit]" })
        {
            await Expect(session.Sco.Locator(chrome)).ToBeHiddenAsync();
        }

        await Expect(session.Sco.Locator($"section#{partId}")).ToBeVisibleAsync();
        await session.LmsPage.EmulateMediaAsync(new() { Media = Media.Screen });
    }
}
