using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ScormBuilder.BrowserTests.Harness;
using ScormBuilder.Kinds.Scenarios;
using ScormBuilder.Model;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ScormBuilder.BrowserTests.Scenarios;

/// <summary>
/// Scenario 1: in a frame, the learner visits every part, plays each branching scenario to an ending and passes the
/// quiz, on the product's course and on a fixture course that draws its questions and has a required scenario.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class PassInFrameScenario(BrowserFixture browser, CoursePackages packages, ITestOutputHelper output)
{
    [Theory]
    [InlineData("real")]
    [InlineData("drawn")]
    public async Task Should_report_passed_with_score_interactions_and_time_in_one_session(string package)
    {
        var built = package == "real" ? packages.RealCourse : packages.DrawnCourse;
        var course = built.Course;
        var quiz = course.Quiz!;
        await using var lms = await TestLms.StartAsync(browser.Browser, built.Package.Path);
        await using var session = await lms.LaunchInFrameAsync(Scorm.FirstAttempt(course));
        var learner = new Learner(session.Sco, course);
        IReadOnlyList<Question> asked = [];

        await learner.ExpectOnAsync(course.Parts[0]);
        for (var i = 1; i < course.Parts.Count; i++)
        {
            await learner.NextAsync(course.Parts[i]);
            if (course.Parts[i] == quiz)
            {
                asked = await learner.AnswerShownAsync(correctly: true);
                await learner.SubmitQuizAsync();
                await Expect(learner.QuizResult).ToContainTextAsync("You scored 100%. You passed");
                await Expect(learner.QuizResult).ToBeFocusedAsync();
            }
            else if (course.Parts[i] is Scenario scenario)
            {
                await learner.PlayToEndingAsync(scenario);
            }
        }

        var required = course.Parts.Count(p => p.Required);
        await Expect(learner.Progress).ToHaveTextAsync($"{required} of {required} parts done");
        foreach (var part in course.Parts)
        {
            await learner.ExpectDoneAsync(part, done: true);
        }

        var report = await Scorm.LeaveAsync(session);

        Scorm.AssertRulesHeld(report, session.ScriptErrors);
        // The page's CSP is a second line of defence; the course itself must never trip it.
        Assert.True(session.CspViolations.Count == 0, string.Join("\n", session.CspViolations));
        Assert.Equal("passed", report.CommittedValue("cmi.core.lesson_status"));
        Assert.Equal("incomplete", Scorm.StatusesSet(report)[0]);
        Assert.Equal(("100", "0", "100"), (report.CommittedValue("cmi.core.score.raw"), report.CommittedValue("cmi.core.score.min"), report.CommittedValue("cmi.core.score.max")));
        Assert.True(Scorm.IndexOfSet(report, "cmi.core.score.raw", "100") < Scorm.IndexOfSet(report, "cmi.core.lesson_status", "passed"), "The score must be set before the status.");
        Assert.Equal("", report.CommittedValue("cmi.core.exit"));
        Assert.Matches(SessionTime(), Scorm.LastSet(report, "cmi.core.session_time"));
        Assert.NotNull(report.CommittedValue("cmi.core.session_time"));
        Assert.Equal(course.Parts[^1].Id, report.CommittedValue("cmi.core.lesson_location"));
        Assert.Equal(quiz.AskedCount, asked.Count);
        if (package == "drawn")
        {
            // The fixture must really draw and have a required scenario, or this row tests nothing new.
            Assert.InRange(asked.Count, 1, quiz.Questions.Count - 1);
            Assert.Contains(learner.Scenarios, s => s.Required);
        }

        AssertInteractions(report, asked);

        var commits = report.Counts.Commit;
        var saved = SavedProgress.Parse(report.CommittedValue("cmi.suspend_data"));
        Assert.Equal(course.Parts.Select(p => p.Id), saved.Visited);
        Assert.Equal(new SavedQuiz(quiz.Id, 1, 'p', 100), saved.Quiz);
        // One commit per part visited, one per scenario ending reached, one for the quiz, one on leaving: never more.
        Assert.Equal(course.Parts.Count + learner.Scenarios.Count + 1 + 1, commits);
        output.WriteLine($"Scenario 1: {commits} LMSCommit calls; longest suspend_data {Scorm.LongestSuspendData(report)} characters.");
    }

    // Each question the attempt asked, in the order the page showed them, under its own id.
    private static void AssertInteractions(LmsReport report, IReadOnlyList<Question> asked)
    {
        Assert.Equal(asked.Count.ToString(CultureInfo.InvariantCulture), report.CommittedValue("cmi.interactions._count") ?? CountInteractions(report));
        for (var n = 0; n < asked.Count; n++)
        {
            var question = asked[n];
            string? Value(string field) => report.CommittedValue($"cmi.interactions.{n}.{field}");
            var expected = Learner.CorrectPattern(question);
            Assert.Equal(question.Id, Value("id"));
            Assert.Equal(Learner.ScormType(question), Value("type"));
            Assert.Equal(expected, Value("student_response"));
            Assert.Equal(expected, Value("correct_responses.0.pattern"));
            Assert.Equal("correct", Value("result"));
            Assert.Equal("1", Value("weighting"));
            // scorm-again stores timespans normalised; check what the SCO sent.
            Assert.Matches(ClockTime(), Scorm.LastSet(report, $"cmi.interactions.{n}.time"));
            Assert.Matches(SessionTime(), Scorm.LastSet(report, $"cmi.interactions.{n}.latency"));
            Assert.NotNull(Value("latency"));
        }

        Assert.Null(report.CommittedValue($"cmi.interactions.{asked.Count}.id"));
    }

    private static string CountInteractions(LmsReport report) =>
        report.CallsTo("LMSSetValue").Count(call => Regex.IsMatch(call.Arguments[0] ?? "", @"^cmi\.interactions\.\d+\.id$")).ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\d{4}:[0-5]\d:[0-5]\d\.\d{2}$")]
    private static partial Regex SessionTime();

    [GeneratedRegex(@"^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$")]
    private static partial Regex ClockTime();
}
