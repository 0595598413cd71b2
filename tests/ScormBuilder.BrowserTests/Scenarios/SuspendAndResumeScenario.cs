using ScormBuilder.BrowserTests.Harness;
using ScormBuilder.Model;
using static Microsoft.Playwright.Assertions;

namespace ScormBuilder.BrowserTests.Scenarios;

/// <summary>Scenario 3: the learner leaves halfway and comes back to the same part with every answer kept.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SuspendAndResumeScenario(BrowserFixture browser, CoursePackages packages)
{
    // Delimiters of the format, a line break, an accent and a character outside the BMP: all must round-trip.
    private const string Awkward = "Line one;\nline two, with = and : and / é 😀";

    [Fact]
    public async Task Should_suspend_then_resume_on_the_same_part_with_every_answer()
    {
        var built = packages.RealCourse;
        var course = built.Course;
        var quiz = course.Quiz!;
        var reflection = course.Parts.OfType<Reflection>().Single();
        var order = course.Parts.ToList();
        var bookmark = course.Sessions.Last(s => order.IndexOf(s) < order.IndexOf(reflection));
        var texts = reflection.Prompts.Where((_, i) => i % 3 == 0).ToDictionary(p => p, p => $"{p.Id}: {Awkward}");
        await using var lms = await TestLms.StartAsync(browser.Browser, built.Package.Path);

        LmsReport first;
        IReadOnlyList<Question> shown;
        List<Question> answered;
        await using (var session = await lms.LaunchInFrameAsync(Scorm.FirstAttempt(course)))
        {
            var learner = new Learner(session.Sco, course);
            await learner.NextThroughAsync(course.Parts[0], reflection, playScenarios: true);
            foreach (var (prompt, text) in texts)
            {
                await learner.PromptField(prompt).FillAsync(text);
            }

            await learner.ActionField(0).FillAsync("Check my privacy settings; all of them, today.");
            await learner.ActionDate(0).FillAsync("2026-02-28");
            await learner.ActionDate(reflection.ActionCount - 1).FillAsync("2026-12-31");
            await learner.NextAsync(quiz);
            shown = await learner.ShownQuestionsAsync();
            answered = [.. shown.Take(shown.Count / 2)];
            foreach (var (question, i) in answered.Select((q, i) => (q, i)))
            {
                await (i % 2 == 0 ? learner.AnswerCorrectlyAsync(question) : learner.AnswerWronglyAsync(question));
            }

            await learner.OpenAsync(bookmark);
            first = await Scorm.LeaveAsync(session);
            Scorm.AssertRulesHeld(first, session.ScriptErrors);
        }

        Assert.Equal("suspend", first.CommittedValue("cmi.core.exit"));
        Assert.Equal("incomplete", first.CommittedValue("cmi.core.lesson_status"));
        Assert.Equal(bookmark.Id, first.CommittedValue("cmi.core.lesson_location"));
        Assert.Null(first.CommittedValue("cmi.interactions.0.id"));
        Assert.True(string.IsNullOrEmpty(first.CommittedValue("cmi.core.score.raw")), "No score before the quiz is submitted.");

        await using var resumed = await lms.LaunchInFrameAsync(Scorm.ResumeAfter(first));
        var back = new Learner(resumed.Sco, course);
        await back.ExpectOnAsync(bookmark);
        Assert.Equal("resume", (await resumed.ReadReportAsync()).CmiValue("cmi.core.entry"));
        foreach (var part in course.Parts)
        {
            await back.ExpectDoneAsync(part, done: order.IndexOf(part) < order.IndexOf(quiz));
        }

        foreach (var prompt in reflection.Prompts)
        {
            await Expect(back.PromptField(prompt)).ToHaveValueAsync(texts.GetValueOrDefault(prompt, ""));
        }

        await Expect(back.ActionField(0)).ToHaveValueAsync("Check my privacy settings; all of them, today.");
        await Expect(back.ActionDate(0)).ToHaveValueAsync("2026-02-28");
        await Expect(back.ActionDate(reflection.ActionCount - 1)).ToHaveValueAsync("2026-12-31");
        // The same attempt: the same questions in the same order, each answer as it was left.
        Assert.Equal(shown, await back.ShownQuestionsAsync());
        foreach (var (question, i) in shown.Select((q, i) => (q, i)))
        {
            await back.ExpectAnswerAsync(question, i >= answered.Count ? null : i % 2 == 0);
        }

        var second = await Scorm.LeaveAsync(resumed);
        Scorm.AssertRulesHeld(second, resumed.ScriptErrors);
        Assert.Equal(first.CommittedValue("cmi.suspend_data"), second.CommittedValue("cmi.suspend_data"));
        var saved = SavedProgress.Parse(second.CommittedValue("cmi.suspend_data"));
        Assert.Equal(texts.ToDictionary(t => t.Key.Id, t => t.Value), saved.Texts);
    }

    [Fact]
    public async Task Should_commit_unsaved_answers_when_the_page_is_hidden_so_a_crash_loses_nothing()
    {
        var built = packages.RealCourse;
        var course = built.Course;
        var reflection = course.Parts.OfType<Reflection>().Single();
        var prompt = reflection.Prompts[0];
        await using var lms = await TestLms.StartAsync(browser.Browser, built.Package.Path);

        LmsReport crashed;
        await using (var session = await lms.LaunchInFrameAsync(Scorm.FirstAttempt(course)))
        {
            var learner = new Learner(session.Sco, course);
            await learner.OpenAsync(reflection);
            await learner.PromptField(prompt).FillAsync(Awkward);
            var commits = (await session.ReadReportAsync()).Counts.Commit;

            await session.Sco.EvaluateAsync("""
                () => {
                  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
                  document.dispatchEvent(new Event('visibilitychange'));
                }
                """);
            await session.WaitForCallsAsync("LMSCommit", commits + 1);
            crashed = await session.ReadReportAsync();
            Scorm.AssertRulesHeld(crashed, session.ScriptErrors, finished: false);
            Assert.Equal(commits + 1, crashed.Counts.Commit);
        }

        await using var resumed = await lms.LaunchInFrameAsync(Scorm.ResumeAfter(crashed));
        var back = new Learner(resumed.Sco, course);
        await back.ExpectOnAsync(reflection);
        await Expect(back.PromptField(prompt)).ToHaveValueAsync(Awkward);
    }
}
