using Microsoft.Playwright;
using ScormBuilder.BrowserTests.Accessibility;
using ScormBuilder.BrowserTests.Harness;
using static Microsoft.Playwright.Assertions;

namespace ScormBuilder.BrowserTests.Scenarios;

/// <summary>
/// A quiz with a matching and an ordering question: answered with select lists and Move up / Move down from the
/// keyboard, saved and resumed mid-way, reported to the strict LMS as 'matching' and 'sequencing' interactions,
/// and clean for axe in every state at both widths.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MatchingAndOrderingScenario(BrowserFixture browser, CoursePackages packages)
{
    // The minimal course with one question of each new type added to its quiz.
    private const string Questions = """
          - id: q-match
            type: matching
            session: s-intro
            text: Match each word with what it does.
            pairs:
              - { id: 1, item: Post, target: a }
              - { id: 2, item: Share, target: b }
            targets:
              - { id: a, text: Write something new }
              - { id: b, text: Pass on what someone else wrote }
              - { id: c, text: Delete it }
            feedback: { correct: Yes., wrong: Posting writes; sharing passes on. }
          - id: q-order
            type: ordering
            session: s-intro
            text: Put the steps in order.
            items:
              - { id: a, text: Think }
              - { id: b, text: Check your privacy settings }
              - { id: c, text: Post }
              - { id: d, text: Read the replies }
            feedback: { correct: Yes., wrong: Think and check before you post. }

        """;

    private BuiltCourse Built => packages.Build("matching-and-ordering", CoursePackages.MinimalCourseDirectory,
        copy => File.AppendAllText(copy.PathOf("quiz.yaml"), Questions));

    // The same course rebuilt: target c gone from the matching question, an item added at the end of the ordering.
    private BuiltCourse Rebuilt => packages.Build("matching-and-ordering-rebuilt", CoursePackages.MinimalCourseDirectory,
        copy => File.AppendAllText(copy.PathOf("quiz.yaml"), Questions
            .Replace("      - { id: c, text: Delete it }\n", "", StringComparison.Ordinal)
            .Replace("      - { id: d, text: Read the replies }\n", "      - { id: d, text: Read the replies }\n      - { id: e, text: Answer them }\n", StringComparison.Ordinal)));

    [Fact]
    public async Task Should_complete_both_with_the_keyboard_and_report_them_as_matching_and_sequencing()
    {
        var built = Built;
        var course = built.Course;
        var quiz = course.Quiz!;
        var (matching, ordering) = (Question(quiz, QuestionType.Matching), Question(quiz, QuestionType.Ordering));
        await using var lms = await TestLms.StartAsync(browser.Browser, built.Package.Path);
        await using var session = await lms.LaunchInFrameAsync(Scorm.FirstAttempt(course));
        var learner = new Learner(session.Sco, course);
        var keyboard = new KeyboardUser(session);
        var checks = new LayoutChecks(session);

        // First attempt: the choice questions right, the pairs swapped, one move that leaves the order wrong.
        await learner.OpenAsync(quiz);
        // The first order comes from the attempt's seed: never the answer.
        Assert.NotEqual(ordering.CorrectAnswer, await OrderShownAsync(session.Sco, ordering));
        await checks.CheckAsync("Quiz with matching and ordering, before answering");
        foreach (var question in quiz.Questions.Where(q => q.Type is not (QuestionType.Matching or QuestionType.Ordering)))
        {
            await learner.AnswerCorrectlyAsync(question);
        }

        await Match(session.Sco, "Post").SelectOptionAsync("b");
        await Match(session.Sco, "Share").SelectOptionAsync("a");
        var wrongOrder = await MoveOnceLeavingItWrongAsync(session.Sco, ordering);
        await checks.CheckAsync("Quiz with matching and ordering, answered");
        await learner.SubmitQuizAsync();
        await Expect(learner.QuizResult).ToContainTextAsync("You need");
        await Expect(session.Sco.Locator("[data-feedback-for='q-order'] .sb-feedback-wrong")).ToBeVisibleAsync();
        await Expect(session.Sco.Locator("#q-order button[data-move]").First).ToBeHiddenAsync();
        await Expect(Match(session.Sco, "Post")).ToBeDisabledAsync();
        await checks.CheckAsync("Quiz with matching and ordering, feedback showing, not passed");

        // Second attempt with the keyboard alone: each select by its arrow keys, each item moved up into place.
        await keyboard.MoveToAsync("#quiz-result button");
        await keyboard.PressAsync("Enter");
        foreach (var question in quiz.Questions.Where(q => q.Type is not (QuestionType.Matching or QuestionType.Ordering)))
        {
            await learner.AnswerCorrectlyAsync(question);
        }

        foreach (var pair in matching.Pairs)
        {
            // The targets are shuffled per attempt: as many presses as the target's place in the list shown.
            var targets = await session.Sco.Locator($"select[data-item='{pair.Id}'] option[value]:not([value=''])")
                .EvaluateAllAsync<string[]>("options => options.map(o => o.value)");
            await keyboard.MoveToAsync($"select[data-item='{pair.Id}']");
            for (var i = 0; i <= Array.IndexOf(targets, pair.Target.ToString()); i++)
            {
                await keyboard.PressAsync("ArrowDown");
            }
        }

        await PutInOrderWithKeyboardAsync(session.Sco, keyboard, ordering);
        await checks.CheckAsync("Quiz with matching and ordering, answered with the keyboard");
        await keyboard.MoveToAsync("button[type='submit']");
        await keyboard.PressAsync("Enter");
        await Expect(learner.QuizResult).ToContainTextAsync("You passed");
        await Expect(session.Sco.Locator("[data-feedback-for='q-match'] .sb-feedback-correct")).ToBeVisibleAsync();
        await checks.CheckAsync("Quiz with matching and ordering, passed");
        var report = await Scorm.LeaveAsync(session);

        Scorm.AssertRulesHeld(report, session.ScriptErrors);
        checks.AssertNone();
        var count = quiz.Questions.Count;
        var (m, o) = (quiz.Questions.ToList().IndexOf(matching), quiz.Questions.ToList().IndexOf(ordering));
        AssertInteraction(report, m, "q-match", "matching", "1.b,2.a", "1.a,2.b", "wrong");
        AssertInteraction(report, o, "q-order", "sequencing", string.Join(',', wrongOrder.ToCharArray()), "a,b,c,d", "wrong");
        AssertInteraction(report, count + m, "q-match", "matching", "1.a,2.b", "1.a,2.b", "correct");
        AssertInteraction(report, count + o, "q-order", "sequencing", "a,b,c,d", "a,b,c,d", "correct");
        Assert.Equal("100", report.CommittedValue("cmi.core.score.raw"));
    }

    [Fact]
    public async Task Should_resume_with_the_pairs_chosen_and_the_order_made()
    {
        var built = Built;
        var course = built.Course;
        var quiz = course.Quiz!;
        var ordering = Question(quiz, QuestionType.Ordering);
        await using var lms = await TestLms.StartAsync(browser.Browser, built.Package.Path);

        LmsReport first;
        string order;
        await using (var session = await lms.LaunchInFrameAsync(Scorm.FirstAttempt(course)))
        {
            var learner = new Learner(session.Sco, course);
            await learner.OpenAsync(quiz);
            await Match(session.Sco, "Share").SelectOptionAsync("c");
            order = await MoveOnceLeavingItWrongAsync(session.Sco, ordering);
            first = await Scorm.LeaveAsync(session);
            Scorm.AssertRulesHeld(first, session.ScriptErrors);
        }

        Assert.Contains($"q-match=2c,q-order={order}", first.CommittedValue("cmi.suspend_data"), StringComparison.Ordinal);
        await using var resumed = await lms.LaunchInFrameAsync(Scorm.ResumeAfter(first));
        var back = new Learner(resumed.Sco, course);
        await back.OpenAsync(quiz);
        await Expect(Match(resumed.Sco, "Share")).ToHaveValueAsync("c");
        await Expect(Match(resumed.Sco, "Post")).ToHaveValueAsync("");
        await Expect(Items(resumed.Sco, ordering)).ToHaveTextAsync(order.Select(id => ordering.Options.Single(o => o.Id == id).Text).ToArray());

        // A matching question with an item left unmatched is not answered yet.
        await back.SubmitQuizAsync();
        await Expect(back.QuizResult).ToContainTextAsync("Answer every question before you submit");
        Assert.Empty(resumed.ScriptErrors);
    }

    [Fact]
    public async Task Should_keep_the_pairs_and_the_order_a_rebuilt_course_still_has()
    {
        var old = Built;
        LmsReport first;
        string order;
        await using (var lms = await TestLms.StartAsync(browser.Browser, old.Package.Path))
        await using (var session = await lms.LaunchInFrameAsync(Scorm.FirstAttempt(old.Course)))
        {
            await new Learner(session.Sco, old.Course).OpenAsync(old.Course.Quiz!);
            await Match(session.Sco, "Post").SelectOptionAsync("a");
            await Match(session.Sco, "Share").SelectOptionAsync("c");
            order = await MoveOnceLeavingItWrongAsync(session.Sco, Question(old.Course.Quiz!, QuestionType.Ordering));
            first = await Scorm.LeaveAsync(session);
            Scorm.AssertRulesHeld(first, session.ScriptErrors);
        }

        var course = Rebuilt.Course;
        var ordering = Question(course.Quiz!, QuestionType.Ordering);
        await using var rebuiltLms = await TestLms.StartAsync(browser.Browser, Rebuilt.Package.Path);
        await using var resumed = await rebuiltLms.LaunchInFrameAsync(Scorm.ResumeAfter(first));
        await new Learner(resumed.Sco, course).OpenAsync(course.Quiz!);

        await Expect(Match(resumed.Sco, "Post")).ToHaveValueAsync("a");
        await Expect(Match(resumed.Sco, "Share")).ToHaveValueAsync("");
        await Expect(Items(resumed.Sco, ordering)).ToHaveTextAsync((order + "e").Select(id => ordering.Options.Single(o => o.Id == id).Text).ToArray());
        Assert.Empty(resumed.ScriptErrors);
    }

    private static Question Question(Quiz quiz, QuestionType type) => quiz.Questions.Single(q => q.Type == type);

    private static async Task<string> OrderShownAsync(IFrame sco, Question ordering) => string.Concat(
        await sco.Locator($"#{ordering.Id} li[data-item]").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.item)"));

    private static ILocator Match(IFrame sco, string item) => sco.Locator("#q-match").GetByLabel(item, new() { Exact = true });

    private static ILocator Items(IFrame sco, Question ordering) => sco.Locator($"#{ordering.Id} .sb-order-text");

    private static ILocator MoveButton(IFrame sco, Question ordering, char item, string way) =>
        sco.Locator($"#{ordering.Id} li[data-item='{item}'] button[data-move='{way}']");

    // Moves the second item up one place, or the first down if that would be the answer; returns the new order.
    private static async Task<string> MoveOnceLeavingItWrongAsync(IFrame sco, Question ordering)
    {
        var start = await OrderShownAsync(sco, ordering);
        var swapped = $"{start[1]}{start[0]}{start[2..]}";
        var correct = ordering.CorrectAnswer;
        var (item, way, order) = swapped != correct ? (start[1], "up", swapped) : (start[2], "up", $"{start[0]}{start[2]}{start[1]}{start[3..]}");
        await MoveButton(sco, ordering, item, way).ClickAsync();
        await Expect(MoveButton(sco, ordering, item, way)).ToBeFocusedAsync();
        return order;
    }

    // Each item in turn, from the first, moved up with Enter until it is in place: focus stays on its button.
    private static async Task PutInOrderWithKeyboardAsync(IFrame sco, KeyboardUser keyboard, Question ordering)
    {
        var order = (await OrderShownAsync(sco, ordering)).ToList();
        for (var target = 0; target < ordering.Options.Count; target++)
        {
            var item = ordering.Options[target];
            var from = order.IndexOf(item.Id);
            if (from == target)
            {
                continue;
            }

            await keyboard.MoveToAsync($"#{ordering.Id} li[data-item='{item.Id}'] button[data-move='up']");
            for (var at = from; at > target; at--)
            {
                await keyboard.PressAsync("Enter");
                await Expect(MoveButton(sco, ordering, item.Id, "up")).ToBeFocusedAsync();
                await Expect(sco.Locator("#sb-live")).ToContainTextAsync($"{item.Text}: now {at} of {order.Count}.");
            }

            order.Remove(item.Id);
            order.Insert(target, item.Id);
        }

        await Expect(Items(sco, ordering)).ToHaveTextAsync(ordering.Options.Select(o => o.Text).ToArray());
    }

    private static void AssertInteraction(LmsReport report, int n, string id, string type, string response, string pattern, string result)
    {
        string? Value(string field) => report.CommittedValue($"cmi.interactions.{n}.{field}");
        Assert.Equal((id, type, response, pattern, result),
            (Value("id"), Value("type"), Value("student_response"), Value("correct_responses.0.pattern"), Value("result")));
    }
}
