using System.Globalization;
using Microsoft.Playwright;
using ScormBuilder.BrowserTests.Harness;
using ScormBuilder.BrowserTests.Scenarios;
using ScormBuilder.Model;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ScormBuilder.BrowserTests.Accessibility;

/// <summary>
/// Reveals with the keyboard alone, axe-clean in every state at both widths, printed open; and on a phone the
/// compact header leaves the part's title in the top third of the screen.
/// </summary>
[Collection(SecondHalfCollection.Name)]
public sealed class RevealsTests(BrowserFixture browser, CoursePackages packages, ITestOutputHelper output)
{
    private const string LongTitle = "Post with Care: professional social media for HCPC registrants";

    private const string Reveals = """

        ::: details Show the model answer
        Keep **work** and personal accounts apart.
        :::

        :::: tabs
        ::: tab Before
        A post written in anger.
        :::
        ::: tab After
        The same post, a day later.
        :::
        ::: tab Why it matters
        Registrants are held to their standards online too.
        :::
        ::::
        """;

    private const string H1Top = "id => Math.round(document.getElementById(id).querySelector('h1').getBoundingClientRect().top + scrollY)";

    private BuiltCourse Course => packages.Build("reveals", CoursePackages.MinimalCourseDirectory, course =>
    {
        course.Replace("course.yaml", "title: \"A minimal course\"", $"title: \"{LongTitle}\"");
        course.Replace("sessions/01-intro.md", "[the regulator's site](https://www.example.org/guidance).", "[the regulator's site](https://www.example.org/guidance).\n" + Reveals);
    });

    [Fact]
    public async Task Should_open_reveals_and_change_tabs_with_the_keyboard_alone_cleanly_at_both_widths()
    {
        var built = Course;
        var part = built.Course.Parts.OfType<Session>().First();
        await using var lms = await TestLms.StartAsync(browser.Browser, built.Package.Path);
        await using var session = await lms.LaunchInFrameAsync(Scorm.FirstAttempt(built.Course));
        var sco = session.Sco;
        var checks = new LayoutChecks(session);
        var keyboard = new KeyboardUser(session);
        await new Learner(sco, built.Course).OpenAsync(part);
        var section = sco.Locator($"#{part.Id}");
        var details = section.Locator("details.sb-reveal");
        var tabs = section.GetByRole(AriaRole.Tab);
        var panels = section.Locator(".sb-tab-panel");

        await Expect(tabs).ToHaveCountAsync(3);
        await Expect(section.GetByRole(AriaRole.Tablist)).ToHaveCountAsync(1);
        await Expect(section.GetByRole(AriaRole.Tablist)).ToHaveAccessibleNameAsync("Risks");
        await Expect(tabs.Nth(0)).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(section.GetByRole(AriaRole.Tabpanel)).ToHaveAccessibleNameAsync("Before");
        await Expect(panels.Nth(1)).ToBeHiddenAsync();
        await Expect(section.GetByRole(AriaRole.Heading, new() { Name = "Before" })).ToBeHiddenAsync();
        await checks.CheckAsync("Reveals closed, first tab");

        await keyboard.MoveToAsync("details.sb-reveal > summary");
        await keyboard.PressAsync("Enter");
        await Expect(details).ToHaveAttributeAsync("open", "");
        await Expect(details).ToContainTextAsync("Keep work and personal accounts apart.");
        await checks.CheckAsync("Accordion open");

        await keyboard.MoveToAsync("[role=tab][aria-selected=true]");
        await keyboard.PressAsync("ArrowRight");
        await ExpectSelectedAsync(sco, tabs, panels, 1);
        await checks.CheckAsync("Second tab");
        await keyboard.PressAsync("End");
        await ExpectSelectedAsync(sco, tabs, panels, 2);
        await keyboard.PressAsync("ArrowRight");
        await ExpectSelectedAsync(sco, tabs, panels, 0);
        await keyboard.PressAsync("ArrowLeft");
        await ExpectSelectedAsync(sco, tabs, panels, 2);
        await keyboard.PressAsync("Home");
        await ExpectSelectedAsync(sco, tabs, panels, 0);
        await keyboard.PressAsync("Tab");
        Assert.Equal("tabpanel", await sco.EvaluateAsync<string>("() => document.activeElement.getAttribute('role')"));

        await keyboard.MoveToAsync("details.sb-reveal > summary", "Shift+Tab");
        await keyboard.PressAsync("Space");
        await Expect(details).Not.ToHaveAttributeAsync("open", "");
        await checks.CheckAsync("Accordion closed again");
        checks.AssertNone();
        Assert.Empty(session.ScriptErrors);
    }

    [Fact]
    public async Task Should_print_every_reveal_open_and_every_tab_under_its_title()
    {
        var built = Course;
        var part = built.Course.Parts.OfType<Session>().First();
        await using var lms = await TestLms.StartAsync(browser.Browser, built.Package.Path);
        await using var session = await lms.LaunchInFrameAsync(Scorm.FirstAttempt(built.Course));
        var sco = session.Sco;
        await new Learner(sco, built.Course).OpenAsync(part);
        var section = sco.Locator($"#{part.Id}");

        await session.LmsPage.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(section.GetByText("Keep work and personal accounts apart.")).ToBeVisibleAsync();
        await Expect(section.GetByRole(AriaRole.Tablist)).ToBeHiddenAsync();
        foreach (var title in new[] { "Before", "After", "Why it matters" })
        {
            await Expect(section.GetByRole(AriaRole.Heading, new() { Name = title, Level = 3 })).ToBeVisibleAsync();
        }

        await Expect(section.GetByText("The same post, a day later.")).ToBeVisibleAsync();
        await session.LmsPage.EmulateMediaAsync(new() { Media = Media.Screen });

        // The runtime opens them for the print dialog and closes again those it opened.
        await sco.EvaluateAsync("() => dispatchEvent(new Event('beforeprint'))");
        await Expect(section.Locator("details.sb-reveal")).ToHaveAttributeAsync("open", "");
        await sco.EvaluateAsync("() => dispatchEvent(new Event('afterprint'))");
        await Expect(section.Locator("details.sb-reveal")).Not.ToHaveAttributeAsync("open", "");
        Assert.Empty(session.ScriptErrors);
    }

    [Fact]
    public async Task Should_show_every_panel_under_its_title_without_the_runtime()
    {
        var built = Course;
        var part = built.Course.Parts.OfType<Session>().First();
        await using var lms = await TestLms.StartAsync(browser.Browser, built.Package.Path);
        await using var context = await browser.Browser.NewContextAsync(new() { JavaScriptEnabled = false, BaseURL = lms.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("sco/index.html");
        var section = page.Locator($"#{part.Id}");

        await Expect(section.GetByRole(AriaRole.Tab)).ToHaveCountAsync(0);
        foreach (var (title, text) in new[] { ("Before", "A post written in anger."), ("After", "The same post, a day later."), ("Why it matters", "Registrants are held") })
        {
            await Expect(section.GetByRole(AriaRole.Heading, new() { Name = title, Level = 3 })).ToBeVisibleAsync();
            await Expect(section.GetByText(text)).ToBeVisibleAsync();
        }

        await section.GetByText("Show the model answer").ClickAsync();
        await Expect(section.GetByText("Keep work and personal accounts apart.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Should_start_the_part_in_the_top_third_of_a_phone_and_keep_the_wide_header_on_one_row()
    {
        var built = Course;
        var part = built.Course.Parts.OfType<Session>().First();
        await using var lms = await TestLms.StartAsync(browser.Browser, built.Package.Path);
        await using var session = await lms.LaunchInFrameAsync(Scorm.FirstAttempt(built.Course));
        var sco = session.Sco;
        await new Learner(sco, built.Course).OpenAsync(part);

        await session.ResizeFrameAsync(320, 640);
        var header = await sco.EvaluateAsync<int>("() => Math.round(document.querySelector('.sb-header').getBoundingClientRect().height)");
        var top = await sco.EvaluateAsync<int>(H1Top, part.Id);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"At 320×640: header {header}px high, the part's h1 at y={top}px."));
        Assert.True(top < 640 / 3, $"The part's h1 starts at y={top}px on a 320×640 phone (header {header}px): not in the top third.");
        await Expect(sco.GetByRole(AriaRole.Progressbar)).ToBeVisibleAsync();
        await Expect(sco.Locator("#sb-progress-text")).ToBeVisibleAsync();
        await Expect(sco.GetByRole(AriaRole.Banner)).ToContainTextAsync(LongTitle);
        Assert.Equal(0, await LayoutChecks.SidewaysScrollAsync(sco));

        await session.ResizeFrameAsync(1280, 800);
        var wide = await sco.EvaluateAsync<int>("() => Math.round(document.querySelector('.sb-header').getBoundingClientRect().height)");
        var wideTop = await sco.EvaluateAsync<int>(H1Top, part.Id);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"At 1280×800: header {wide}px high, the part's h1 at y={wideTop}px."));
        Assert.Equal("normal", await sco.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.sb-course-title')).whiteSpace"));
        Assert.Empty(session.ScriptErrors);
    }

    private static async Task ExpectSelectedAsync(IFrame sco, ILocator tabs, ILocator panels, int index)
    {
        for (var i = 0; i < 3; i++)
        {
            await Expect(tabs.Nth(i)).ToHaveAttributeAsync("aria-selected", i == index ? "true" : "false");
            await Expect(tabs.Nth(i)).ToHaveAttributeAsync("tabindex", i == index ? "0" : "-1");
            await (i == index ? Expect(panels.Nth(i)).ToBeVisibleAsync() : Expect(panels.Nth(i)).ToBeHiddenAsync());
        }

        Assert.Equal(await tabs.Nth(index).GetAttributeAsync("id"), await sco.EvaluateAsync<string>("() => document.activeElement.id"));
    }
}
