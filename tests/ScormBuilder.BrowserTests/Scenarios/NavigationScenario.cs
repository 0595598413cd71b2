using Microsoft.Playwright;
using ScormBuilder.BrowserTests.Harness;
using ScormBuilder.Model;
using static Microsoft.Playwright.Assertions;

namespace ScormBuilder.BrowserTests.Scenarios;

/// <summary>Moving around the one page: links between parts, focus, and how often the LMS hears about it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NavigationScenario(BrowserFixture browser, CoursePackages packages)
{
    [Fact]
    public async Task Should_open_the_part_that_holds_a_linked_part_or_heading_and_move_focus_there()
    {
        var built = packages.MinimalCourse;
        var course = built.Course;
        await using var lms = await TestLms.StartAsync(browser.Browser, built.Package.Path);
        await using var session = await lms.LaunchInFrameAsync(Scorm.FirstAttempt(course));
        var learner = new Learner(session.Sco, course);
        var intro = course.Parts.Single(p => p.Id == "s-intro");
        var alex = course.Parts.Single(p => p.Id == "cs-alex");

        await session.Sco.GetByRole(AriaRole.Link, new() { Name = "the introduction" }).ClickAsync();
        await learner.ExpectOnAsync(intro);
        await Expect(session.Sco.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeFocusedAsync();

        await session.Sco.GetByRole(AriaRole.Link, new() { Name = "its lessons" }).ClickAsync();
        await learner.ExpectOnAsync(alex);
        await Expect(session.Sco.Locator("#cs-alex--what-went-well")).ToBeFocusedAsync();

        await session.Sco.GetByRole(AriaRole.Button, new() { Name = "Previous" }).ClickAsync();
        await learner.ExpectOnAsync(intro);
        var commits = (await session.ReadReportAsync()).Counts.Commit;
        await session.Sco.GetByRole(AriaRole.Link, new() { Name = "the benefits" }).ClickAsync();
        await learner.ExpectOnAsync(intro);
        await Expect(session.Sco.Locator("#s-intro--benefits")).ToBeFocusedAsync();

        var report = await session.ReadReportAsync();
        Assert.Equal(commits, report.Counts.Commit);
        Assert.Equal("", await session.Sco.EvaluateAsync<string>("() => location.hash"));
        Scorm.AssertRulesHeld(report, session.ScriptErrors, finished: false);
    }

    [Fact]
    public async Task Should_not_call_the_lms_while_the_learner_types_and_ticks()
    {
        var built = packages.MinimalCourse;
        var course = built.Course;
        var quiz = course.Quiz!;
        await using var lms = await TestLms.StartAsync(browser.Browser, built.Package.Path);
        await using var session = await lms.LaunchInFrameAsync(Scorm.FirstAttempt(course));
        var learner = new Learner(session.Sco, course);
        await learner.OpenAsync(learner.Reflection);
        var before = (await session.ReadReportAsync()).Calls.Count;

        await learner.PromptField(learner.Reflection.Prompts[0]).PressSequentiallyAsync("One key at a time");
        await learner.ActionDate(0).FillAsync("2026-06-30");
        await learner.OpenAsync(quiz);
        var atQuiz = (await session.ReadReportAsync()).Calls.Count;
        foreach (var question in quiz.Questions)
        {
            await learner.AnswerCorrectlyAsync(question);
        }

        var report = await session.ReadReportAsync();
        Assert.Equal(atQuiz, report.Calls.Count);
        var visit = report.Calls.Skip(before).ToList();
        Assert.Single(visit, call => call.Function == "LMSCommit");
        Assert.Contains("One key at a time", Scorm.LastSet(report, "cmi.suspend_data"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_have_no_accessibility_violations_on_a_page_the_quiz_after_marking_or_the_reflection()
    {
        var built = packages.MinimalCourse;
        var course = built.Course;
        var quiz = course.Quiz!;
        await using var lms = await TestLms.StartAsync(browser.Browser, built.Package.Path);
        await using var session = await lms.LaunchInFrameAsync(Scorm.FirstAttempt(course));
        var learner = new Learner(session.Sco, course);

        Assert.Empty(await AxeCheck.RunAsync(session.Sco));
        await learner.OpenAsync(learner.Reflection);
        Assert.Empty(await AxeCheck.RunAsync(session.Sco));
        await learner.OpenAsync(quiz);
        foreach (var question in quiz.Questions)
        {
            await learner.AnswerWronglyAsync(question);
        }

        await learner.SubmitQuizAsync();
        await Expect(session.Sco.GetByRole(AriaRole.Button, new() { Name = "Try again" })).ToBeVisibleAsync();
        Assert.Empty(await AxeCheck.RunAsync(session.Sco));
    }
}
