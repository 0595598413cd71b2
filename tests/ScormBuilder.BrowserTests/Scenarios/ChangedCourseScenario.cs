using ScormBuilder.BrowserTests.Harness;
using ScormBuilder.Model;
using static Microsoft.Playwright.Assertions;

namespace ScormBuilder.BrowserTests.Scenarios;

/// <summary>
/// Scenario 7: a learner saved progress in one build, and comes back to a rebuilt course with parts, questions,
/// options, prompts and actions added, removed and reordered. Known ids are kept, unknown ones dropped.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ChangedCourseScenario(BrowserFixture browser, CoursePackages packages)
{
    private BuiltCourse OldBuild => packages.MinimalCourse;

    private BuiltCourse NewBuild => packages.Build("minimal-changed", CoursePackages.MinimalCourseDirectory, Change);

    [Fact]
    public async Task Should_keep_what_the_new_build_still_has_and_drop_the_rest()
    {
        var old = OldBuild.Course;
        var bookmark = Part(old, "s-summary");
        var first = await RunOldBuildAsync(async learner =>
        {
            await learner.NextThroughAsync(old.Parts[0], Part(old, "reflection"));
            await learner.PromptField(Prompt(old, "r-audience")).FillAsync("Only in the old build.");
            await learner.PromptField(Prompt(old, "r-change")).FillAsync("Kept across the rebuild.");
            await learner.ActionField(0).FillAsync("Kept action");
            await learner.ActionDate(0).FillAsync("2026-03-01");
            await learner.ActionField(1).FillAsync("Dropped action");
            await learner.NextAsync(old.Quiz!);
            await learner.AnswerAsync(Question(old, "q-tf"), "f");
            await learner.AnswerAsync(Question(old, "q-single"), "a");
            await learner.AnswerAsync(Question(old, "q-multi"), "ab");
            await learner.OpenAsync(bookmark);
        });

        var course = NewBuild.Course;
        await using var lms = await TestLms.StartAsync(browser.Browser, NewBuild.Package.Path);
        await using var session = await lms.LaunchInFrameAsync(Scorm.ResumeAfter(first));
        var learner = new Learner(session.Sco, course);

        await learner.ExpectOnAsync(Part(course, bookmark.Id));
        var visitedBefore = SavedProgress.Parse(first.CommittedValue("cmi.suspend_data")).Visited;
        foreach (var part in course.Parts.Where(p => p != course.Quiz))
        {
            await learner.ExpectDoneAsync(part, visitedBefore.Contains(part.Id));
        }

        await learner.OpenAsync(learner.Reflection);
        await Expect(learner.PromptField(Prompt(course, "r-change"))).ToHaveValueAsync("Kept across the rebuild.");
        await Expect(learner.PromptField(Prompt(course, "r-new"))).ToHaveValueAsync("");
        await Expect(learner.ActionField(0)).ToHaveValueAsync("Kept action");
        await Expect(learner.ActionDate(0)).ToHaveValueAsync("2026-03-01");
        await Expect(learner.ActionField(1)).ToHaveCountAsync(0);
        await learner.OpenAsync(course.Quiz!);
        await Expect(learner.Option(Question(course, "q-tf"), 'f')).ToBeCheckedAsync();
        foreach (var (question, option) in new[] { ("q-single", 'b'), ("q-single", 'c'), ("q-new", 't'), ("q-new", 'f') })
        {
            await Expect(learner.Option(Question(course, question), option)).Not.ToBeCheckedAsync();
        }

        var report = await Scorm.LeaveAsync(session);
        Scorm.AssertRulesHeld(report, session.ScriptErrors);
        var saved = SavedProgress.Parse(report.CommittedValue("cmi.suspend_data"));
        Assert.Equal(course.Parts.Select(p => p.Id).Where(id => visitedBefore.Contains(id) || id == course.Quiz!.Id), saved.Visited);
        Assert.Equal(new Dictionary<string, string> { ["q-tf"] = "f" }, saved.Answers);
        Assert.Equal(new Dictionary<string, string> { ["r-change"] = "Kept across the rebuild." }, saved.Texts);
        Assert.Equal([0], saved.Plan.Keys);
    }

    [Fact]
    public async Task Should_land_on_the_first_unfinished_part_when_the_bookmarked_part_was_removed()
    {
        var old = OldBuild.Course;
        var removed = Part(old, "cs-alex");
        var first = await RunOldBuildAsync(learner => learner.NextThroughAsync(old.Parts[0], removed));
        Assert.Equal(removed.Id, first.CommittedValue("cmi.core.lesson_location"));

        var course = NewBuild.Course;
        var visited = SavedProgress.Parse(first.CommittedValue("cmi.suspend_data")).Visited;
        await using var lms = await TestLms.StartAsync(browser.Browser, NewBuild.Package.Path);
        await using var session = await lms.LaunchInFrameAsync(Scorm.ResumeAfter(first));

        await new Learner(session.Sco, course).ExpectOnAsync(course.Parts.First(p => p.Required && !visited.Contains(p.Id)));
        Scorm.AssertRulesHeld(await session.ReadReportAsync(), session.ScriptErrors, finished: false);
    }

    [Theory]
    [InlineData("Saved by some other authoring tool", "")]
    [InlineData("sb2;v:welcome,s-intro", "")]
    [InlineData("sb1;v:welcome,s-intro;r:r-change=500:cut short", "welcome,s-intro")]
    [InlineData("sb1;v:welcome,no-such-part;q:quiz=1.x50", "welcome")]
    [InlineData("sb1;v:welcome;zz:what comes next", "welcome")]
    [InlineData("sb1;v:s-intro;a:q-tf=z,q-single=b", "s-intro")]
    public async Task Should_start_safely_from_saved_state_it_cannot_fully_read(string suspendData, string kept)
    {
        var course = OldBuild.Course;
        var keptIds = kept.Split(',', StringSplitOptions.RemoveEmptyEntries);
        var launch = Scorm.FirstAttempt(course);
        launch.Cmi["suspend_data"] = suspendData;
        launch.Cmi["core"]!["entry"] = "resume";
        await using var lms = await TestLms.StartAsync(browser.Browser, OldBuild.Package.Path);
        await using var session = await lms.LaunchInFrameAsync(launch);

        var landing = course.Parts.First(p => p.Required && !keptIds.Contains(p.Id));
        await new Learner(session.Sco, course).ExpectOnAsync(landing);
        await session.WaitForCallsAsync("LMSCommit");
        var report = await session.ReadReportAsync();

        Scorm.AssertRulesHeld(report, session.ScriptErrors, finished: false);
        var saved = SavedProgress.Parse(report.CommittedValue("cmi.suspend_data"));
        Assert.Equal(course.Parts.Select(p => p.Id).Where(id => keptIds.Contains(id) || id == landing.Id), saved.Visited);
        Assert.Null(saved.Quiz);
        Assert.Empty(saved.Texts);
        Assert.All(saved.Answers, answer => Assert.Contains(answer.Value, Question(course, answer.Key).Options.Select(o => o.Id.ToString())));
    }

    private async Task<LmsReport> RunOldBuildAsync(Func<Learner, Task> learn)
    {
        await using var lms = await TestLms.StartAsync(browser.Browser, OldBuild.Package.Path);
        await using var session = await lms.LaunchInFrameAsync(Scorm.FirstAttempt(OldBuild.Course));
        await learn(new Learner(session.Sco, OldBuild.Course));
        var report = await Scorm.LeaveAsync(session);
        Scorm.AssertRulesHeld(report, session.ScriptErrors);
        return report;
    }

    // The next release: a session added, a case study removed, sessions reordered; a question added first, one
    // removed and one with an option swapped; a prompt removed and one added; one action fewer.
    private static void Change(CourseCopy course)
    {
        course.Replace("course.yaml", "  - sessions/01-intro.md\n  - case-studies/alex.md\n  - sessions/02-summary.md\n",
            "  - sessions/02-summary.md\n  - sessions/01-intro.md\n  - sessions/03-extra.md\n");
        course.Delete("case-studies/alex.md");
        course.Replace("sessions/01-intro.md",
            "See [Alex's case](../case-studies/alex.md) and [its lessons](../case-studies/alex.md#what-went-well).", "See the summary.");
        course.Write("sessions/03-extra.md", "---\nid: s-extra\ntitle: Extra\nsummary: Added in a later release.\noutcomes: [lo-one]\n---\nSomething new.\n");
        course.Replace("quiz.yaml", "questions:\n",
            "questions:\n  - id: q-new\n    type: true-false\n    session: s-extra\n    text: A new question.\n    answer: true\n    feedback:\n      correct: Yes.\n      wrong: No.\n");
        course.Replace("quiz.yaml", "      - { id: a, text: Post }\n", "");
        course.Replace("quiz.yaml", "      - { id: b, text: Think, correct: true }\n", "      - { id: b, text: Think, correct: true }\n      - { id: c, text: Wait }\n");
        var quiz = File.ReadAllText(course.PathOf("quiz.yaml"));
        course.Write("quiz.yaml", quiz[..quiz.IndexOf("  - id: q-multi", StringComparison.Ordinal)]);
        course.Replace("reflection.md", "  - id: r-audience\n    text: Who sees your posts?\n    hint: Think about shares.\n    max_length: 200\n", "");
        course.Replace("reflection.md", "actions: 2", "  - id: r-new\n    text: What surprised you?\nactions: 1");
    }

    private static Part Part(Course course, string id) => course.Parts.Single(p => p.Id == id);

    private static Question Question(Course course, string id) => course.Quiz!.Questions.Single(q => q.Id == id);

    private static ReflectionPrompt Prompt(Course course, string id) => course.Parts.OfType<Reflection>().Single().Prompts.Single(p => p.Id == id);
}
