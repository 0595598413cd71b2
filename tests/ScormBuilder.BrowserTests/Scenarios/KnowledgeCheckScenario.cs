using Microsoft.Playwright;
using ScormBuilder.BrowserTests.Accessibility;
using ScormBuilder.BrowserTests.Harness;
using static Microsoft.Playwright.Assertions;

namespace ScormBuilder.BrowserTests.Scenarios;

/// <summary>
/// Knowledge checks in a session: answered, checked and tried again with the keyboard alone, feedback announced,
/// clean for axe in every state at both widths, never scored or sent to the LMS as an interaction, saved and
/// restored on resume, and dropped by a rebuilt course that no longer has one.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class KnowledgeCheckScenario(BrowserFixture browser, CoursePackages packages)
{
    private const string Anchor = "Posts are public.";

    private const string Choice = """
        ```check
        id: c-posts
        type: single-choice
        text: Who can read a public post?
        options:
          - { id: a, text: Anyone, correct: true }
          - { id: b, text: Only your friends }
        feedback:
          correct: Anyone, including employers and patients.
          wrong: A public post can be read by anyone.
        ```
        """;

    private const string Ordering = """
        ```check
        id: c-steps
        type: ordering
        text: Put the steps in order.
        items:
          - { id: a, text: Think }
          - { id: b, text: Write }
          - { id: c, text: Post }
        feedback:
          correct: Think, write, then post.
          wrong: Think before you write, and write before you post.
        ```
        """;

    private BuiltCourse Built => packages.Build("knowledge-checks", CoursePackages.MinimalCourseDirectory,
        copy => copy.Replace("sessions/01-intro.md", Anchor, $"{Anchor}\n\n{Choice}\n\n{Ordering}\n\n{Anchor}"));

    private BuiltCourse WithoutChoice => packages.Build("knowledge-checks-one-removed", CoursePackages.MinimalCourseDirectory,
        copy => copy.Replace("sessions/01-intro.md", Anchor, $"{Anchor}\n\n{Ordering}\n\n{Anchor}"));

    [Fact]
    public async Task Should_check_and_try_again_with_the_keyboard_for_feedback_only()
    {
        var built = Built;
        var course = built.Course;
        var intro = course.Parts.Single(p => p.Id == "s-intro");
        await using var lms = await TestLms.StartAsync(browser.Browser, built.Package.Path);
        await using var session = await lms.LaunchInFrameAsync(Scorm.FirstAttempt(course));
        var learner = new Learner(session.Sco, course);
        var keyboard = new KeyboardUser(session);
        var checks = new LayoutChecks(session);
        var sco = session.Sco;

        await learner.OpenAsync(intro);
        await checks.CheckAsync("Knowledge checks, not answered");

        // Checked with no answer: told so, and taken to the first option.
        await keyboard.MoveToAsync(CheckButton("c-posts"));
        await keyboard.PressAsync("Enter");
        await Expect(sco.Locator("#sb-live")).ToContainTextAsync("Choose an answer first");
        await Expect(sco.Locator("#c-posts-a")).ToBeFocusedAsync();

        // A wrong answer: the feedback says so, is announced, and Try again takes the focus.
        await keyboard.PressAsync("ArrowDown");
        await Expect(sco.Locator("#c-posts-b")).ToBeCheckedAsync();
        await keyboard.MoveToAsync(CheckButton("c-posts"));
        await keyboard.PressAsync("Enter");
        await Expect(Feedback(sco, "c-posts", "wrong")).ToBeVisibleAsync();
        await Expect(sco.Locator("#sb-live")).ToContainTextAsync("Not quite. A public post can be read by anyone.");
        await Expect(sco.Locator(RetryButton("c-posts"))).ToBeFocusedAsync();
        await Expect(sco.Locator("#c-posts-a")).ToBeDisabledAsync();
        await checks.CheckAsync("Knowledge check, wrong answer checked");

        // Try again, then the right answer.
        await keyboard.PressAsync("Enter");
        await Expect(sco.Locator("#c-posts-a")).ToBeFocusedAsync();
        await Expect(Feedback(sco, "c-posts", "wrong")).ToBeHiddenAsync();
        await keyboard.PressAsync("Space");
        await keyboard.MoveToAsync(CheckButton("c-posts"));
        await keyboard.PressAsync("Enter");
        await Expect(Feedback(sco, "c-posts", "correct")).ToBeVisibleAsync();
        await Expect(sco.Locator("#sb-live")).ToContainTextAsync("Correct. Anyone, including employers and patients.");

        // The ordering check, put in order with Move up alone.
        await PutInOrderAsync(sco, keyboard);
        await keyboard.MoveToAsync(CheckButton("c-steps"));
        await keyboard.PressAsync("Enter");
        await Expect(Feedback(sco, "c-steps", "correct")).ToBeVisibleAsync();
        await Expect(sco.Locator("#c-steps button[data-move]").First).ToBeHiddenAsync();
        await checks.CheckAsync("Knowledge checks, both answered right");
        var report = await Scorm.LeaveAsync(session);

        Scorm.AssertRulesHeld(report, session.ScriptErrors);
        checks.AssertNone();
        Assert.Null(report.CommittedValue("cmi.interactions.0.id"));
        Assert.True(string.IsNullOrEmpty(report.CommittedValue("cmi.core.score.raw")));
        Assert.Contains(";k:c-posts=ca,c-steps=cabc", report.CommittedValue("cmi.suspend_data"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_resume_with_the_answer_checked_and_drop_a_check_the_rebuilt_course_no_longer_has()
    {
        var built = Built;
        var course = built.Course;
        var intro = course.Parts.Single(p => p.Id == "s-intro");
        LmsReport first;
        await using (var lms = await TestLms.StartAsync(browser.Browser, built.Package.Path))
        await using (var session = await lms.LaunchInFrameAsync(Scorm.FirstAttempt(course)))
        {
            var learner = new Learner(session.Sco, course);
            await learner.OpenAsync(intro);
            await session.Sco.Locator("#c-posts-b").CheckAsync();
            await session.Sco.Locator(CheckButton("c-posts")).ClickAsync();
            await session.Sco.Locator("#c-steps li[data-item='c'] button[data-move='up']").ClickAsync();
            first = await Scorm.LeaveAsync(session);
            Scorm.AssertRulesHeld(first, session.ScriptErrors);
        }

        Assert.Contains("k:c-posts=cb,c-steps=a", first.CommittedValue("cmi.suspend_data"), StringComparison.Ordinal);
        await using (var lms = await TestLms.StartAsync(browser.Browser, built.Package.Path))
        await using (var resumed = await lms.LaunchInFrameAsync(Scorm.ResumeAfter(first)))
        {
            await new Learner(resumed.Sco, course).OpenAsync(intro);
            await Expect(resumed.Sco.Locator("#c-posts-b")).ToBeCheckedAsync();
            await Expect(Feedback(resumed.Sco, "c-posts", "wrong")).ToBeVisibleAsync();
            await Expect(resumed.Sco.Locator(RetryButton("c-posts"))).ToBeVisibleAsync();
            await Expect(Feedback(resumed.Sco, "c-steps", "wrong")).ToBeHiddenAsync();
            Assert.Empty(resumed.ScriptErrors);
        }

        var rebuilt = WithoutChoice;
        await using var lms2 = await TestLms.StartAsync(browser.Browser, rebuilt.Package.Path);
        await using var again = await lms2.LaunchInFrameAsync(Scorm.ResumeAfter(first));
        await new Learner(again.Sco, rebuilt.Course).OpenAsync(rebuilt.Course.Parts.Single(p => p.Id == "s-intro"));
        await Expect(again.Sco.Locator("#c-posts")).ToHaveCountAsync(0);
        var report = await Scorm.LeaveAsync(again);

        Scorm.AssertRulesHeld(report, again.ScriptErrors);
        var saved = report.CommittedValue("cmi.suspend_data") ?? "";
        Assert.DoesNotContain("c-posts", saved, StringComparison.Ordinal);
        Assert.Contains("k:c-steps=a", saved, StringComparison.Ordinal);
    }

    private static string CheckButton(string id) => $"[data-check='{id}'] button[data-check-action='check']";

    private static string RetryButton(string id) => $"[data-check='{id}'] button[data-check-action='retry']";

    private static ILocator Feedback(IFrame sco, string id, string which) =>
        sco.Locator($"[data-feedback-for='{id}'] .sb-feedback-{which}");

    // Each item from the first moved up with Enter until it is in place; the focus stays on its button.
    private static async Task PutInOrderAsync(IFrame sco, KeyboardUser keyboard)
    {
        var order = (await sco.Locator("#c-steps li[data-item]").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.item)")).ToList();
        foreach (var (item, target) in new[] { ("a", 0), ("b", 1) })
        {
            var from = order.IndexOf(item);
            if (from == target)
            {
                continue;
            }

            var up = $"#c-steps li[data-item='{item}'] button[data-move='up']";
            await keyboard.MoveToAsync(up);
            for (var at = from; at > target; at--)
            {
                await keyboard.PressAsync("Enter");
                await Expect(sco.Locator(up)).ToBeFocusedAsync();
            }

            order.Remove(item);
            order.Insert(target, item);
        }

        await Expect(sco.Locator("#c-steps .sb-order-text")).ToHaveTextAsync(["Think", "Write", "Post"]);
    }
}
