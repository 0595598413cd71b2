using Microsoft.Playwright;
using ScormBuilder.BrowserTests.Harness;
using ScormBuilder.BrowserTests.Scenarios;
using ScormBuilder.Kinds.Scenarios;
using ScormBuilder.Model;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ScormBuilder.BrowserTests.Accessibility;

/// <summary>
/// The whole real course with only Tab, Shift+Tab, Enter, Space, the arrow keys and typing: skip link, every part,
/// every branching scenario to an ending, every question the attempt asks, the reflection and action plan, the CPD record's buttons, and a pass the LMS records.
/// </summary>
[Collection(SecondHalfCollection.Name)]
public sealed class KeyboardOnlyTests(BrowserFixture browser, CoursePackages packages, ITestOutputHelper output)
{
    [Fact]
    public async Task Should_complete_the_course_with_the_keyboard_alone_with_focus_always_visible()
    {
        var built = packages.RealCourse;
        var course = built.Course;
        var quiz = course.Quiz!;
        var reflection = course.Parts.OfType<Reflection>().Single();
        var record = course.Parts.OfType<CpdRecord>().Single();
        await using var lms = await TestLms.StartAsync(browser.Browser, built.Package.Path);
        await using var session = await lms.LaunchInFrameAsync(Scorm.FirstAttempt(course));
        await session.ResizeFrameAsync(1280, 800);
        var learner = new Learner(session.Sco, course);
        var keys = new KeyboardUser(session);
        IReadOnlyList<Question> asked = [];

        await keys.MoveToAsync("a.sb-skip");
        await Expect(session.Sco.GetByRole(AriaRole.Link, new() { Name = "Skip to content" })).ToBeInViewportAsync();
        await keys.PressAsync("Enter");
        await Expect(session.Sco.Locator("#sb-main")).ToBeFocusedAsync();

        foreach (var part in course.Parts.Skip(1))
        {
            await keys.MoveToAsync("#sb-next");
            await keys.PressAsync("Enter");
            await learner.ExpectOnAsync(part);
            await Expect(session.Sco.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeFocusedAsync();
            if (part == reflection)
            {
                await WriteReflectionAsync(keys, session, reflection);
            }
            else if (part is Scenario scenario)
            {
                await learner.PlayToEndingAsync(scenario, async choice =>
                {
                    await keys.MoveToAsync(choice);
                    await keys.PressAsync("Enter");
                });
            }
            else if (part == quiz)
            {
                asked = await learner.ShownQuestionsAsync();
                await AnswerQuizAsync(keys, session, asked);
                await Expect(learner.QuizResult).ToBeFocusedAsync();
                await Expect(learner.QuizResult).ToContainTextAsync("You scored 100%. You passed");
                await Expect(session.Sco.Locator("#sb-live")).ToHaveTextAsync("You scored 100%. You passed the quiz. You have completed this course. Your progress is saved. Some learning systems do not keep your answers after you complete a course. Download or print your CPD record now, so that you keep it.");
            }
            else if (part == record)
            {
                await UseRecordAsync(keys, session, reflection);
            }
        }

        var report = await Scorm.LeaveAsync(session);
        Scorm.AssertRulesHeld(report, session.ScriptErrors);
        Assert.Equal("passed", report.CommittedValue("cmi.core.lesson_status"));
        var saved = SavedProgress.Parse(report.CommittedValue("cmi.suspend_data"));
        Assert.Equal(reflection.Prompts.Select(p => Answer(p)), reflection.Prompts.Select(p => saved.Texts[p.Id]));
        Assert.Equal(("20261231", "Action 1 by keyboard"), saved.Plan[0]);
        Assert.Equal(quiz.AskedCount, asked.Count);
        output.WriteLine($"Completed {course.Parts.Count} parts and {asked.Count} questions with {keys.Presses} key presses.");
    }

    private static string Answer(ReflectionPrompt prompt) => $"Typed for {prompt.Id}.";

    private static async Task WriteReflectionAsync(KeyboardUser keys, LmsSession session, Reflection reflection)
    {
        foreach (var prompt in reflection.Prompts)
        {
            await keys.MoveToAsync($"textarea[data-prompt=\"{prompt.Id}\"]");
            await keys.TypeAsync(Answer(prompt));
            await Expect(session.Sco.Locator($"#{reflection.Id}-{prompt.Id}-count")).ToHaveTextAsync($"{Answer(prompt).Length} of {prompt.MaxLength} characters used.");
        }

        // A date field takes digits in the browser's own order of day, month and year.
        var order = await session.Sco.EvaluateAsync<string[]>(
            "() => new Intl.DateTimeFormat(navigator.language).formatToParts(new Date(2026, 11, 31)).filter(p => p.type !== 'literal').map(p => p.type)");
        var digits = string.Concat(order.Select(part => part switch { "day" => "31", "month" => "12", _ => "2026" }));
        for (var i = 0; i < reflection.ActionCount; i++)
        {
            await keys.MoveToAsync($"input[data-action=\"{i}\"]");
            await keys.TypeAsync($"Action {i + 1} by keyboard");
            await keys.MoveToAsync($"input[data-action-date=\"{i}\"]");
            await keys.TypeAsync(digits);
            await Expect(session.Sco.Locator($"input[data-action-date=\"{i}\"]")).ToHaveValueAsync("2026-12-31");
        }
    }

    // The questions in the order the page shows them, so that Tab only ever moves forward.
    private static async Task AnswerQuizAsync(KeyboardUser keys, LmsSession session, IReadOnlyList<Question> asked)
    {
        foreach (var question in asked)
        {
            if (question.Type is QuestionType.Matching or QuestionType.Ordering)
            {
                await (question.Type == QuestionType.Matching ? MatchAsync(keys, session, question) : OrderAsync(keys, session, question));
                continue;
            }

            var correct = question.CorrectOptions.Select(o => o.Id).ToHashSet();
            // Options are shuffled per attempt: the keys follow the order the page shows them in.
            var shown = await session.Sco.Locator($"input[name=\"{question.Id}\"]").EvaluateAllAsync<string[]>("inputs => inputs.map(i => i.value)");
            if (question.Type == QuestionType.MultipleResponse)
            {
                // Each checkbox is a stop of its own: Tab to it, Space to tick it.
                foreach (var optionId in shown.Where(id => id.Length == 1 && correct.Contains(id[0])))
                {
                    await keys.MoveToAsync($"#{question.Id}-{optionId}");
                    await keys.PressAsync("Space");
                }
            }
            else
            {
                // A radio group is one stop: Tab lands on its first option, the arrows move and choose.
                await keys.MoveToAsync($"input[name=\"{question.Id}\"]");
                var index = Array.FindIndex(shown, id => id.Length == 1 && correct.Contains(id[0]));
                if (index == 0)
                {
                    await keys.PressAsync("Space");
                }

                for (var i = 0; i < index; i++)
                {
                    await keys.PressAsync("ArrowDown");
                }
            }

            foreach (var option in question.Options)
            {
                var box = session.Sco.Locator($"#{question.Id}-{option.Id}");
                await (correct.Contains(option.Id) ? Expect(box).ToBeCheckedAsync() : Expect(box).Not.ToBeCheckedAsync());
            }
        }

        await keys.MoveToAsync("button[type=submit]");
        // Back to the last answer and forward again: Shift+Tab retraces the same order.
        var last = asked[^1];
        await keys.MoveToAsync($"#{last.Id} :is(input, select, button[data-move])", "Shift+Tab");
        await keys.MoveToAsync("button[type=submit]");
        await keys.PressAsync("Enter");
    }

    // Each item's select, by its arrow keys: as many presses as its target's place in the list shown.
    private static async Task MatchAsync(KeyboardUser keys, LmsSession session, Question question)
    {
        foreach (var pair in question.Pairs)
        {
            var select = $"#{question.Id} select[data-item='{pair.Id}']";
            var targets = await session.Sco.Locator($"{select} option[value]:not([value=''])").EvaluateAllAsync<string[]>("options => options.map(o => o.value)");
            await keys.MoveToAsync(select);
            for (var i = 0; i <= Array.IndexOf(targets, pair.Target.ToString()); i++)
            {
                await keys.PressAsync("ArrowDown");
            }

            await Expect(session.Sco.Locator(select)).ToHaveValueAsync(pair.Target.ToString());
        }
    }

    // Each item in turn, from the first place, moved up with Enter until it is in place; focus stays on its button.
    private static async Task OrderAsync(KeyboardUser keys, LmsSession session, Question question)
    {
        var items = session.Sco.Locator($"#{question.Id} li[data-item]");
        var order = (await items.EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.item)")).Select(id => id[0]).ToList();
        for (var target = 0; target < question.Options.Count; target++)
        {
            var item = question.Options[target].Id;
            var up = $"#{question.Id} li[data-item='{item}'] button[data-move='up']";
            if (order.IndexOf(item) > target)
            {
                await keys.MoveToAsync(up);
            }

            for (var at = order.IndexOf(item); at > target; at--)
            {
                await keys.PressAsync("Enter");
                await Expect(session.Sco.Locator(up)).ToBeFocusedAsync();
            }

            order.Remove(item);
            order.Insert(target, item);
        }

        await Expect(items).ToHaveCountAsync(question.Options.Count);
        Assert.Equal(question.CorrectAnswer, string.Concat(await items.EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.item)")));
    }

    private static async Task UseRecordAsync(KeyboardUser keys, LmsSession session, Reflection reflection)
    {
        var prompt = reflection.Prompts[0];
        await Expect(session.Sco.Locator($"[data-cpd-answer=\"{prompt.Id}\"]")).ToHaveTextAsync(Answer(prompt));
        await session.Sco.EvaluateAsync("() => { window.__prints = 0; window.print = () => { window.__prints++; }; }");
        await keys.MoveToAsync("[data-cpd-print]");
        await keys.PressAsync("Enter");
        Assert.Equal(1, await session.Sco.EvaluateAsync<int>("() => window.__prints"));

        await keys.MoveToAsync("[data-cpd-download]");
        var download = await session.LmsPage.RunAndWaitForDownloadAsync(() => keys.PressAsync("Enter"));
        Assert.EndsWith(".html", download.SuggestedFilename, StringComparison.Ordinal);
    }
}
