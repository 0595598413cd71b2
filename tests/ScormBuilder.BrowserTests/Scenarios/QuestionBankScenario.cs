using Microsoft.Playwright;
using ScormBuilder.BrowserTests.Accessibility;
using ScormBuilder.BrowserTests.Harness;
using ScormBuilder.Kinds.Quizzes;
using static Microsoft.Playwright.Assertions;

namespace ScormBuilder.BrowserTests.Scenarios;

/// <summary>
/// A quiz drawing one question from each of two pools, with shuffled options and a pinned "None of these": the
/// same draw and orders after leaving mid-way, each drawn question reported under its own id with the author's
/// option ids, a new draw on retake and when a rebuilt course no longer has a drawn question, clean for axe.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class QuestionBankScenario(BrowserFixture browser, CoursePackages packages)
{
    private const string Quiz = """
        id: quiz
        title: Quiz
        pass_mark: 75
        draw: { per_pool: 1 }
        questions:
          - id: q-tf
            type: true-false
            session: s-intro
            pool: privacy
            outcomes: [lo-one]
            text: Privacy settings guarantee privacy.
            answer: false
            feedback: { correct: Right., wrong: Settings cannot guarantee it. }
          - id: q-public
            type: single-choice
            session: s-intro
            pool: privacy
            outcomes: [lo-one]
            text: Who can see a public post?
            options:
              - { id: a, text: Only my friends }
              - { id: b, text: Anyone, correct: true }
              - { id: c, text: Only my employer }
              - { id: d, text: None of these, pin: true }
            feedback: { correct: Yes., wrong: Anyone can. }
          - id: q-single
            type: single-choice
            session: s-summary
            pool: habits
            outcomes: [lo-two]
            text: What comes first?
            options:
              - { id: a, text: Post }
              - { id: b, text: Think, correct: true }
              - { id: c, text: Share }
            feedback: { correct: Yes., wrong: Think first. }
          - id: q-multi
            type: multiple-response
            session: s-intro
            pool: habits
            outcomes: [lo-two]
            text: Which are benefits?
            options:
              - { id: a, text: Networking, correct: true }
              - { id: b, text: Learning, correct: true }
              - { id: c, text: Arguments }
            feedback: { correct: Both are., wrong: Networking and learning. }

        """;

    private BuiltCourse Built => packages.Build("question-bank", CoursePackages.MinimalCourseDirectory,
        copy => File.WriteAllText(copy.PathOf("quiz.yaml"), Quiz));

    [Fact]
    public async Task Should_keep_the_draw_and_orders_on_resume_and_report_each_drawn_question()
    {
        var built = Built;
        var course = built.Course;
        var quiz = course.Quiz!;
        await using var lms = await TestLms.StartAsync(browser.Browser, built.Package.Path);

        LmsReport first;
        IReadOnlyList<string> drawn;
        IReadOnlyList<string> options;
        await using (var session = await lms.LaunchInFrameAsync(Scorm.FirstAttempt(course)))
        {
            var learner = new Learner(session.Sco, course);
            var checks = new LayoutChecks(session);
            await learner.OpenAsync(quiz);
            drawn = await DrawnAsync(session.Sco);
            Assert.Equal(2, drawn.Count);
            Assert.Single(drawn, id => id is "q-tf" or "q-public");
            options = await OptionOrderAsync(session.Sco, drawn);
            Assert.All(options.Where(o => o.StartsWith("q-public:", StringComparison.Ordinal)), o => Assert.EndsWith("d", o, StringComparison.Ordinal));
            await Expect(session.Sco.Locator(".sb-pass-mark")).ToContainTextAsync("2 questions.");
            await Expect(session.Sco.Locator($"#{drawn[0]} .sb-question-number")).ToHaveTextAsync("Question 1.");
            await checks.CheckAsync("Quiz drawn from a bank, before answering");
            await learner.AnswerCorrectlyAsync(QuestionOf(quiz, drawn[0]));
            first = await Scorm.LeaveAsync(session);
            Scorm.AssertRulesHeld(first, session.ScriptErrors);
            checks.AssertNone();
        }

        Assert.Contains($";b:quiz=", first.CommittedValue("cmi.suspend_data"), StringComparison.Ordinal);
        Assert.Contains($"/{drawn[0]}.{drawn[1]}", first.CommittedValue("cmi.suspend_data"), StringComparison.Ordinal);
        await using var resumed = await lms.LaunchInFrameAsync(Scorm.ResumeAfter(first));
        var back = new Learner(resumed.Sco, course);
        await back.OpenAsync(quiz);
        Assert.Equal(drawn, await DrawnAsync(resumed.Sco));
        Assert.Equal(options, await OptionOrderAsync(resumed.Sco, drawn));
        await back.AnswerCorrectlyAsync(QuestionOf(quiz, drawn[1]));
        await back.SubmitQuizAsync();
        await Expect(back.QuizResult).ToContainTextAsync("You passed");
        var report = await Scorm.LeaveAsync(resumed);

        Scorm.AssertRulesHeld(report, resumed.ScriptErrors);
        Assert.Equal("100", report.CommittedValue("cmi.core.score.raw"));
        for (var n = 0; n < 2; n++)
        {
            var question = QuestionOf(quiz, drawn[n]);
            var response = question.Type == QuestionType.MultipleResponse ? "a,b" : Learner.CorrectAnswer(question);
            Assert.Equal((question.Id, response, "correct"), (report.CommittedValue($"cmi.interactions.{n}.id"),
                report.CommittedValue($"cmi.interactions.{n}.student_response"), report.CommittedValue($"cmi.interactions.{n}.result")));
        }

        Assert.Null(report.CommittedValue("cmi.interactions.2.id"));
    }

    [Fact]
    public async Task Should_draw_again_on_retake_and_when_a_rebuilt_course_lost_a_drawn_question()
    {
        var built = Built;
        var course = built.Course;
        var quiz = course.Quiz!;
        await using var lms = await TestLms.StartAsync(browser.Browser, built.Package.Path);
        LmsReport first;
        await using (var session = await lms.LaunchInFrameAsync(Scorm.FirstAttempt(course)))
        {
            var learner = new Learner(session.Sco, course);
            await learner.OpenAsync(quiz);
            var seed = Seed(await SuspendDataAsync(session));
            foreach (var id in await DrawnAsync(session.Sco))
            {
                await learner.AnswerWronglyAsync(QuestionOf(quiz, id));
            }

            await learner.SubmitQuizAsync();
            await Expect(learner.QuizResult).ToContainTextAsync("You need");
            await learner.RetakeQuizAsync();
            Assert.Equal(2, (await DrawnAsync(session.Sco)).Count);
            first = await Scorm.LeaveAsync(session);
            Scorm.AssertRulesHeld(first, session.ScriptErrors);
            Assert.NotEqual(seed, Seed(first.CommittedValue("cmi.suspend_data")!));
        }

        // The rebuilt course no longer has one of the questions drawn: the learner gets a new draw, no error.
        var drawnBefore = first.CommittedValue("cmi.suspend_data")!.Split(";b:quiz=")[1].Split('/')[1].Split('.');
        var gone = drawnBefore[0];
        var rebuilt = packages.Build("question-bank-less-" + gone, CoursePackages.MinimalCourseDirectory,
            copy => File.WriteAllText(copy.PathOf("quiz.yaml"), WithoutQuestion(gone)));
        await using var lms2 = await TestLms.StartAsync(browser.Browser, rebuilt.Package.Path);
        await using var resumed = await lms2.LaunchInFrameAsync(Scorm.ResumeAfter(first));
        var back = new Learner(resumed.Sco, rebuilt.Course);
        await back.OpenAsync(rebuilt.Course.Quiz!);
        var now = await DrawnAsync(resumed.Sco);
        Assert.Equal(2, now.Count);
        Assert.DoesNotContain(gone, now);
        Assert.Empty(resumed.ScriptErrors);
    }

    private static string WithoutQuestion(string id)
    {
        var start = Quiz.IndexOf($"  - id: {id}\n", StringComparison.Ordinal);
        var end = Quiz.IndexOf("  - id: ", start + 1, StringComparison.Ordinal);
        return end < 0 ? Quiz[..start] : Quiz[..start] + Quiz[end..];
    }

    private static Question QuestionOf(Quiz quiz, string id) => quiz.Questions.Single(q => q.Id == id);

    private static string Seed(string suspendData) => suspendData.Split(";b:quiz=")[1].Split('/')[0];

    private static async Task<string> SuspendDataAsync(LmsSession session)
    {
        var report = await session.ReadReportAsync();
        return report.CmiValue("cmi.suspend_data") ?? "";
    }

    private static async Task<IReadOnlyList<string>> DrawnAsync(IFrame sco) =>
        await sco.Locator("fieldset[data-question]:visible").EvaluateAllAsync<string[]>("boxes => boxes.map(b => b.dataset.question)");

    private static async Task<IReadOnlyList<string>> OptionOrderAsync(IFrame sco, IReadOnlyList<string> drawn)
    {
        var orders = new List<string>();
        foreach (var id in drawn)
        {
            var values = await sco.Locator($"#{id} input").EvaluateAllAsync<string[]>("inputs => inputs.map(i => i.value)");
            orders.Add($"{id}:{string.Concat(values)}");
        }

        return orders;
    }
}
