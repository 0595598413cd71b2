using ScormBuilder.BrowserTests.Harness;

namespace ScormBuilder.BrowserTests.Scenarios;

/// <summary>
/// A quiz with 'save_answers: false' (for question banks too large for SCORM 1.2) keeps attempts and scores
/// in suspend_data but never the answers of an attempt in progress.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class UnsavedAnswersScenario(BrowserFixture browser, CoursePackages packages)
{
    [Fact]
    public async Task Should_keep_the_result_but_not_answers_in_progress()
    {
        var built = packages.Build("unsaved-answers", CoursePackages.MinimalCourseDirectory,
            c => c.Replace("quiz.yaml", "pass_mark: 75\n", "pass_mark: 75\nsave_answers: false\n"));
        var course = built.Course;
        var quiz = course.Quiz!;
        await using var lms = await TestLms.StartAsync(browser.Browser, built.Package.Path);
        await using var session = await lms.LaunchInFrameAsync(Scorm.FirstAttempt(course));
        var learner = new Learner(session.Sco, course);

        await learner.NextThroughAsync(course.Parts[0], quiz);
        foreach (var question in quiz.Questions)
        {
            await learner.AnswerWronglyAsync(question);
        }

        await learner.SubmitQuizAsync();
        await learner.RetakeQuizAsync();
        await learner.AnswerCorrectlyAsync(quiz.Questions[0]);
        var report = await Scorm.LeaveAsync(session);

        Scorm.AssertRulesHeld(report, session.ScriptErrors);
        var saved = SavedProgress.Parse(report.CommittedValue("cmi.suspend_data")!);
        Assert.NotNull(saved.Quiz);
        Assert.Equal(1, saved.Quiz.Attempts);
        Assert.Empty(saved.Answers);
    }
}
