using Microsoft.Playwright;
using ScormBuilder.BrowserTests.Harness;
using ScormBuilder.Model;
using static Microsoft.Playwright.Assertions;

namespace ScormBuilder.BrowserTests.Scenarios;

/// <summary>
/// Scenario 5: no LMS anywhere. The course runs on its own and keeps progress for this tab (sessionStorage) unless
/// the learner chooses to keep it on this computer.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class NoLmsScenario(BrowserFixture browser, CoursePackages packages)
{
    [Fact]
    public async Task Should_run_standalone_say_so_and_keep_progress_for_the_tab()
    {
        var built = packages.RealCourse;
        var course = built.Course;
        var quiz = course.Quiz!;
        var reflection = course.Parts.OfType<Reflection>().Single();
        await using var lms = await TestLms.StartAsync(browser.Browser, built.Package.Path);
        await using var sco = await lms.OpenWithoutLmsAsync();
        var learner = new Learner(sco.Page.MainFrame, course);

        var notice = sco.Page.Locator("#sb-notice");
        await Expect(notice).ToBeVisibleAsync();
        await Expect(notice).ToHaveTextAsync("You are using this course outside a learning system. Your progress is kept only until you close this window.");
        await learner.OpenAsync(reflection);
        await learner.PromptField(reflection.Prompts[1]).FillAsync("Saved without an LMS.");
        await learner.OpenAsync(quiz);
        var question = (await learner.ShownQuestionsAsync())[^1];
        await learner.AnswerCorrectlyAsync(question);
        await learner.OpenAsync(course.Sessions.First());

        var key = Device.Key(await Device.StorageKeyAsync(sco.Page.MainFrame), null);
        await Device.WaitForAsync(sco.Page.MainFrame, "sessionStorage", key, "Saved without an LMS.");
        Assert.Empty(await sco.Page.EvaluateAsync<string[]>("() => Object.keys(localStorage).filter(key => key.startsWith('scormbuilder'))"));
        await sco.Page.ReloadAsync();

        await learner.ExpectOnAsync(course.Sessions.First());
        foreach (var part in new Part[] { course.Parts[0], reflection, quiz, course.Sessions.First() })
        {
            await learner.ExpectDoneAsync(part, done: part != quiz);
        }

        await learner.OpenAsync(reflection);
        await Expect(learner.PromptField(reflection.Prompts[1])).ToHaveValueAsync("Saved without an LMS.");
        await learner.ExpectAnswerAsync(question, correct: true);
        Scorm.AssertNothingWentWrong(sco.ScriptErrors, sco.CspViolations, sco.Dialogs);
    }
}
