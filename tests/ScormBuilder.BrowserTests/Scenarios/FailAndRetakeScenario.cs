using System.Globalization;
using ScormBuilder.BrowserTests.Harness;
using ScormBuilder.Model;
using static Microsoft.Playwright.Assertions;

namespace ScormBuilder.BrowserTests.Scenarios;

/// <summary>Scenario 2: the learner fails the quiz, sees the configured status, retakes it and passes.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FailAndRetakeScenario(BrowserFixture browser, CoursePackages packages)
{
    [Theory]
    [InlineData("real", FailedQuizStatus.Incomplete)]
    [InlineData("minimal", FailedQuizStatus.Failed)]
    public async Task Should_leave_the_configured_status_after_a_fail_then_pass_on_a_retake(string package, FailedQuizStatus configured)
    {
        var built = package == "real" ? packages.RealCourse : packages.MinimalCourse;
        var course = built.Course;
        var quiz = course.Quiz!;
        Assert.Equal(configured, course.Completion.FailedQuizStatus);
        var statusAfterFail = configured == FailedQuizStatus.Failed ? "failed" : "incomplete";
        await using var lms = await TestLms.StartAsync(browser.Browser, built.Package.Path);
        await using var session = await lms.LaunchInFrameAsync(Scorm.FirstAttempt(course));
        var learner = new Learner(session.Sco, course);

        await learner.NextThroughAsync(course.Parts[0], quiz, playScenarios: true);
        var failed = await learner.AnswerShownAsync(correctly: false);

        await learner.SubmitQuizAsync();
        await Expect(learner.QuizResult).ToContainTextAsync($"You scored 0%. You need {quiz.PassMark}% to pass.");
        await learner.ExpectDoneAsync(quiz, done: false);
        await Expect(learner.ContentsLink(quiz)).ToHaveAccessibleNameAsync($"Not passed yet: {quiz.Title}");
        var afterFail = await session.ReadReportAsync();
        Assert.Equal(statusAfterFail, afterFail.CommittedValue("cmi.core.lesson_status"));
        Assert.Equal("0", afterFail.CommittedValue("cmi.core.score.raw"));
        Assert.Equal("suspend", afterFail.CommittedValue("cmi.core.exit"));

        await learner.RetakeQuizAsync();
        // A retake may draw other questions: the ones it shows start unlocked and unanswered. (An ordering question's
        // first "Move up" is aria-disabled by design, so the lock is read from the disabled property.)
        var retaken = await learner.ShownQuestionsAsync();
        foreach (var question in retaken)
        {
            await Expect(learner.Controls(question).First).ToBeVisibleAsync();
            await Expect(learner.Controls(question).And(session.Sco.Locator(":disabled"))).ToHaveCountAsync(0);
            await Expect(session.Sco.Locator($"#{question.Id} input:checked")).ToHaveCountAsync(0);
        }

        await learner.AnswerShownAsync(correctly: true);

        await learner.SubmitQuizAsync();
        await Expect(learner.QuizResult).ToContainTextAsync("You scored 100%. You passed");
        await learner.NextThroughAsync(quiz, course.Parts[^1]);
        var report = await Scorm.LeaveAsync(session);

        Scorm.AssertRulesHeld(report, session.ScriptErrors);
        Assert.Equal("passed", report.CommittedValue("cmi.core.lesson_status"));
        Assert.Equal("100", report.CommittedValue("cmi.core.score.raw"));
        Assert.Equal("", report.CommittedValue("cmi.core.exit"));
        // Each attempt's questions in the order it showed them, under their own ids: the first all wrong, then all right.
        var asked = failed.Concat(retaken).ToList();
        for (var n = 0; n < asked.Count; n++)
        {
            Assert.Equal(asked[n].Id, report.CommittedValue($"cmi.interactions.{n}.id"));
            Assert.Equal(n < failed.Count ? "wrong" : "correct", report.CommittedValue($"cmi.interactions.{n}.result"));
        }

        Assert.Equal(2 * quiz.AskedCount, asked.Count);
        Assert.Null(report.CommittedValue($"cmi.interactions.{asked.Count.ToString(CultureInfo.InvariantCulture)}.id"));
        Assert.Equal(new SavedQuiz(quiz.Id, 2, 'p', 100), SavedProgress.Parse(report.CommittedValue("cmi.suspend_data")).Quiz);
    }
}
