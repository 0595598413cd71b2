using System.Text.RegularExpressions;
using ScormBuilder.BrowserTests.Harness;
using static Microsoft.Playwright.Assertions;

namespace ScormBuilder.BrowserTests.Scenarios;

/// <summary>An LMS that supports fewer interaction fields, or none: the course writes only what it is told it may.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class InteractionSupportScenario(BrowserFixture browser, CoursePackages packages)
{
    [Theory]
    [InlineData("")]
    [InlineData("id,type,student_response,result")]
    public async Task Should_write_only_the_interaction_fields_the_lms_lists(string children)
    {
        var built = packages.MinimalCourse;
        var course = built.Course;
        var quiz = course.Quiz!;
        await using var lms = await TestLms.StartAsync(browser.Browser, built.Package.Path);
        await using var session = await lms.LaunchInFrameAsync(Scorm.FirstAttempt(course) with { InteractionChildren = children });
        var learner = new Learner(session.Sco, course);

        await learner.OpenAsync(quiz);
        foreach (var question in quiz.Questions)
        {
            await learner.AnswerCorrectlyAsync(question);
        }

        await learner.SubmitQuizAsync();
        await Expect(learner.QuizResult).ToContainTextAsync("You passed");
        var report = await Scorm.LeaveAsync(session);

        Scorm.AssertRulesHeld(report, session.ScriptErrors);
        var fields = report.CallsTo("LMSSetValue")
            .Select(call => InteractionField().Match(call.Arguments[0] ?? ""))
            .Where(match => match.Success)
            .Select(match => match.Groups[1].Value)
            .ToHashSet();
        Assert.Equal(children.Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(), fields);
        Assert.Equal("100", report.CommittedValue("cmi.core.score.raw"));
    }

    [GeneratedRegex(@"^cmi\.interactions\.\d+\.([a-z_]+)")]
    private static partial Regex InteractionField();
}
