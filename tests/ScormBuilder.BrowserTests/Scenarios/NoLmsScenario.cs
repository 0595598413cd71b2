using Microsoft.Playwright;
using ScormBuilder.BrowserTests.Harness;
using ScormBuilder.Model;
using static Microsoft.Playwright.Assertions;

namespace ScormBuilder.BrowserTests.Scenarios;

/// <summary>Scenario 5: no LMS anywhere. The course runs on its own and keeps progress in localStorage.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NoLmsScenario(BrowserFixture browser, CoursePackages packages)
{
    [Fact]
    public async Task Should_run_standalone_say_so_and_keep_progress_in_local_storage()
    {
        var built = packages.RealCourse;
        var course = built.Course;
        var quiz = course.Quiz!;
        var reflection = course.Parts.OfType<Reflection>().Single();
        var question = quiz.Questions[^1];
        await using var lms = await TestLms.StartAsync(browser.Browser, built.Package.Path);
        await using var sco = await lms.OpenWithoutLmsAsync();
        var learner = new Learner(sco.Page.MainFrame, course);

        var notice = sco.Page.Locator("#sb-notice");
        await Expect(notice).ToBeVisibleAsync();
        await Expect(notice).ToHaveTextAsync("You are using this course outside a learning system. Your progress is saved in this browser only.");
        await learner.OpenAsync(reflection);
        await learner.PromptField(reflection.Prompts[1]).FillAsync("Saved without an LMS.");
        await learner.OpenAsync(quiz);
        await learner.AnswerCorrectlyAsync(question);
        await learner.OpenAsync(course.Sessions.First());

        var stored = await sco.Page.EvaluateAsync<string>($"() => localStorage.getItem('scormbuilder:{course.Id}:standalone')");
        Assert.Contains("Saved without an LMS.", stored, StringComparison.Ordinal);
        await sco.Page.ReloadAsync();

        await learner.ExpectOnAsync(course.Sessions.First());
        foreach (var part in new Part[] { course.Parts[0], reflection, quiz, course.Sessions.First() })
        {
            await learner.ExpectDoneAsync(part, done: part != quiz);
        }

        await learner.OpenAsync(reflection);
        await Expect(learner.PromptField(reflection.Prompts[1])).ToHaveValueAsync("Saved without an LMS.");
        await Expect(learner.Option(question, Learner.CorrectAnswer(question)[0])).ToBeCheckedAsync();
        Assert.Empty(sco.ScriptErrors);
    }
}
