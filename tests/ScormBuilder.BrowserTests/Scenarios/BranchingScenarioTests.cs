using Microsoft.Playwright;
using ScormBuilder.BrowserTests.Accessibility;
using ScormBuilder.BrowserTests.Harness;
using ScormBuilder.Model;
using static Microsoft.Playwright.Assertions;

namespace ScormBuilder.BrowserTests.Scenarios;

/// <summary>
/// A branching scenario played with the keyboard alone: a decision, leaving mid-way and resuming at the same node,
/// an ending with its debrief and the path taken, and "Try another path"; axe finds nothing in any of its states.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BranchingScenarioTests(BrowserFixture browser, CoursePackages packages)
{
    private const string Yaml = """
        id: sc-call
        title: A difficult call
        outcomes: [lo-one]
        intro: |
          A relative calls the ward.
        start: n-call
        nodes:
          - id: n-call
            text: They ask for **test results**.
            choices:
              - text: Check who they are first
                goto: e-good
                consequence: You ask for their details, and they give them.
              - text: Put them on hold
                goto: n-hold
          - id: n-hold
            text: They are still waiting.
            choices:
              - text: Pick up again
                goto: n-call
              - text: Read the results out
                goto: e-poor
          - id: e-good
            ending: good
            text: You checked first.
            debrief: Confidentiality comes first.
          - id: e-poor
            ending: bad
            text: You shared results with a stranger.
            debrief: Check identity before sharing anything.
        """;

    private BuiltCourse Built => packages.Build("branching-scenario", CoursePackages.MinimalCourseDirectory, copy =>
    {
        copy.Replace("course.yaml", "  - quiz.yaml\n", "  - scenarios/call.yaml\n  - quiz.yaml\n");
        Directory.CreateDirectory(copy.PathOf("scenarios"));
        copy.Write("scenarios/call.yaml", Yaml + "\n");
    });

    [Fact]
    public async Task Should_play_to_an_ending_with_the_keyboard_resuming_at_the_same_node()
    {
        var built = Built;
        var course = built.Course;
        var scenario = course.Parts.Single(p => p.Kind == "scenario");
        await using var lms = await TestLms.StartAsync(browser.Browser, built.Package.Path);

        LmsReport first;
        await using (var session = await lms.LaunchInFrameAsync(Scorm.FirstAttempt(course)))
        {
            var learner = new Learner(session.Sco, course);
            var keys = new KeyboardUser(session);
            var checks = new LayoutChecks(session);
            await learner.OpenAsync(scenario);
            await Expect(Node(session, "n-call")).ToBeVisibleAsync();
            await checks.CheckAsync("Scenario: the first decision");

            await keys.MoveToAsync("button[data-goto=\"n-hold\"]");
            await keys.PressAsync("Enter");

            await Expect(Node(session, "n-hold")).ToBeVisibleAsync();
            await Expect(Node(session, "n-call")).ToBeHiddenAsync();
            await Expect(session.Sco.Locator("#sc-call--n-hold")).ToBeFocusedAsync();
            await Expect(session.Sco.Locator("#sb-live")).ToContainTextAsync("You chose: Put them on hold");
            await learner.ExpectDoneAsync(scenario, done: false);
            await session.LmsPage.EmulateMediaAsync(new() { Media = Media.Print });
            await Expect(session.Sco.Locator(".sb-scenario-path")).ToBeVisibleAsync();
            await Expect(session.Sco.Locator(".sb-scenario-steps li")).ToHaveTextAsync(["Put them on hold"]);
            await Expect(session.Sco.Locator("button[data-goto=\"n-call\"]")).ToBeHiddenAsync();
            await session.LmsPage.EmulateMediaAsync(new() { Media = Media.Screen });
            await Expect(session.Sco.Locator(".sb-scenario-path")).ToBeHiddenAsync();
            first = await Scorm.LeaveAsync(session);
            Scorm.AssertRulesHeld(first, session.ScriptErrors);
            checks.AssertNone();
        }

        Assert.Contains(";s:sc-call=n-hold/n-call/", first.CommittedValue("cmi.suspend_data"), StringComparison.Ordinal);
        await using var resumed = await lms.LaunchInFrameAsync(Scorm.ResumeAfter(first));
        var back = new Learner(resumed.Sco, course);
        var keyboard = new KeyboardUser(resumed);
        var layout = new LayoutChecks(resumed);
        await back.ExpectOnAsync(scenario);
        await Expect(Node(resumed, "n-hold")).ToBeVisibleAsync();
        await layout.CheckAsync("Scenario: resumed mid-way");

        await keyboard.MoveToAsync("button[data-goto=\"n-call\"]");
        await keyboard.PressAsync("Enter");
        await Expect(resumed.Sco.Locator("#sc-call--n-call")).ToBeFocusedAsync();
        await keyboard.MoveToAsync("button[data-goto=\"e-good\"]");
        await keyboard.PressAsync("Enter");

        var consequence = resumed.Sco.Locator("[data-consequence=\"n-call/0\"]");
        await Expect(consequence).ToBeFocusedAsync();
        await Expect(consequence).ToContainTextAsync("they give them");
        await Expect(Node(resumed, "e-good")).ToBeVisibleAsync();
        await Expect(Node(resumed, "e-good").GetByRole(AriaRole.Heading, new() { Level = 2 })).ToHaveTextAsync("A good ending");
        await Expect(resumed.Sco.Locator("#sb-live")).ToContainTextAsync("You reached an ending: a good one.");
        await Expect(resumed.Sco.Locator(".sb-scenario-steps li")).ToHaveTextAsync(
            ["Put them on hold", "Pick up again", "Check who they are first"]);
        await back.ExpectDoneAsync(scenario, done: true);
        await layout.CheckAsync("Scenario: a good ending");

        await keyboard.MoveToAsync("button.sb-scenario-restart");
        await keyboard.PressAsync("Enter");
        await Expect(Node(resumed, "n-call")).ToBeVisibleAsync();
        await Expect(resumed.Sco.Locator("#sc-call--n-call")).ToBeFocusedAsync();
        await Expect(consequence).ToBeHiddenAsync();
        await back.ExpectDoneAsync(scenario, done: true);
        await layout.CheckAsync("Scenario: trying another path");

        var second = await Scorm.LeaveAsync(resumed);
        Scorm.AssertRulesHeld(second, resumed.ScriptErrors);
        layout.AssertNone();
        Assert.Contains(";s:sc-call=n-call//e-good", second.CommittedValue("cmi.suspend_data"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_restart_at_the_start_when_a_rebuilt_course_no_longer_has_the_node_and_keep_other_progress()
    {
        var built = Built;
        var rebuilt = packages.Build("branching-scenario-rebuilt", CoursePackages.MinimalCourseDirectory, copy =>
        {
            copy.Replace("course.yaml", "  - quiz.yaml\n", "  - scenarios/call.yaml\n  - quiz.yaml\n");
            Directory.CreateDirectory(copy.PathOf("scenarios"));
            var withoutHold = Yaml
                .Replace("goto: n-hold", "goto: e-poor", StringComparison.Ordinal)
                .Replace("  - id: n-hold\n    text: They are still waiting.\n    choices:\n      - text: Pick up again\n        goto: n-call\n      - text: Read the results out\n        goto: e-poor\n", "", StringComparison.Ordinal);
            Assert.DoesNotContain("n-hold", withoutHold, StringComparison.Ordinal);
            copy.Write("scenarios/call.yaml", withoutHold + "\n");
        });
        var scenario = built.Course.Parts.Single(p => p.Kind == "scenario");
        var welcome = built.Course.Parts[0];

        LmsReport first;
        await using (var lms = await TestLms.StartAsync(browser.Browser, built.Package.Path))
        await using (var session = await lms.LaunchInFrameAsync(Scorm.FirstAttempt(built.Course)))
        {
            var learner = new Learner(session.Sco, built.Course);
            await learner.OpenAsync(scenario);
            await Node(session, "n-call").GetByRole(AriaRole.Button, new() { Name = "Put them on hold" }).ClickAsync();
            await Expect(Node(session, "n-hold")).ToBeVisibleAsync();
            first = await Scorm.LeaveAsync(session);
        }

        await using var newLms = await TestLms.StartAsync(browser.Browser, rebuilt.Package.Path);
        await using var resumed = await newLms.LaunchInFrameAsync(Scorm.ResumeAfter(first));
        var back = new Learner(resumed.Sco, rebuilt.Course);
        await back.ExpectOnAsync(scenario);
        await Expect(Node(resumed, "n-call")).ToBeVisibleAsync();
        await back.ExpectDoneAsync(welcome, done: true);
        await back.ExpectDoneAsync(scenario, done: false);
        var again = await Scorm.LeaveAsync(resumed);
        Scorm.AssertRulesHeld(again, resumed.ScriptErrors);
        Assert.Contains(";s:sc-call=n-call//", again.CommittedValue("cmi.suspend_data"), StringComparison.Ordinal);
    }

    private static ILocator Node(LmsSession session, string id) => session.Sco.Locator($"[data-scenario=\"sc-call\"] [data-node=\"{id}\"]");
}
