using Microsoft.Playwright;
using ScormBuilder.BrowserTests.Harness;
using ScormBuilder.BrowserTests.Scenarios;
using ScormBuilder.Kinds.Scenarios;
using ScormBuilder.Model;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ScormBuilder.BrowserTests.Accessibility;

/// <summary>
/// Every state a learner can reach, at 1280×800 and 320×640: no WCAG 2.2 AA violation that axe finds, no
/// sideways scrolling at 320 CSS px or with text at 200%, and nothing that moves for a learner who asked for less motion.
/// </summary>
[Collection(SecondHalfCollection.Name)]
public sealed class EveryStateTests(BrowserFixture browser, CoursePackages packages, ITestOutputHelper output)
{
    [Fact]
    public async Task Should_pass_axe_and_reflow_in_every_state_of_the_real_course_at_both_widths()
    {
        var built = packages.RealCourse;
        var course = built.Course;
        var quiz = course.Quiz!;
        var reflection = course.Parts.OfType<Reflection>().Single();
        await using var lms = await TestLms.StartAsync(browser.Browser, built.Package.Path);
        await using var session = await lms.LaunchInFrameAsync(Scorm.FirstAttempt(course));
        var learner = new Learner(session.Sco, course);
        var checks = new LayoutChecks(session);

        await session.LmsPage.EmulateMediaAsync(new() { ReducedMotion = ReducedMotion.Reduce });
        Assert.Equal(0, await session.Sco.EvaluateAsync<int>(Moving));
        await session.LmsPage.EmulateMediaAsync(new() { ReducedMotion = ReducedMotion.NoPreference });

        await checks.CheckAsync(course.Parts[0].Title);
        await session.ResizeFrameAsync(320, 640);
        await session.Sco.GetByRole(AriaRole.Button, new() { Name = "Contents" }).ClickAsync();
        await checks.CheckAsync("Contents menu open", (320, 640));
        await session.Sco.GetByRole(AriaRole.Button, new() { Name = "Contents" }).ClickAsync();
        await session.ResizeFrameAsync(1280, 800);

        foreach (var part in course.Parts.Skip(1).TakeWhile(p => p != reflection))
        {
            await learner.NextAsync(part);
            await checks.CheckAsync(part is Session { Transcript: { } transcript } ? $"{part.Title} (with its transcript, '{transcript.Title}')" : part.Title);
            if (part is Scenario scenario)
            {
                var ending = await learner.PlayToEndingAsync(scenario);
                await checks.CheckAsync($"{part.Title}, a {(ending.Ending!.Good ? "good" : "bad")} ending with its debrief and path");
            }
        }

        await learner.NextAsync(reflection);
        await checks.CheckAsync("Reflection, empty");
        foreach (var prompt in reflection.Prompts)
        {
            await learner.PromptField(prompt).FillAsync($"My answer to {prompt.Id}, with a long word: pneumonoultramicroscopicsilicovolcanoconiosis.");
        }

        for (var i = 0; i < reflection.ActionCount; i++)
        {
            await learner.ActionField(i).FillAsync($"Action {i + 1}: review my privacy settings on every account.");
            await learner.ActionDate(i).FillAsync("2026-12-31");
        }

        await checks.CheckAsync("Reflection, answered");

        await learner.NextAsync(quiz);
        await checks.CheckAsync("Quiz before answering");
        await learner.AnswerShownAsync(correctly: false);

        await learner.SubmitQuizAsync();
        await Expect(learner.QuizResult).ToContainTextAsync("You need");
        await checks.CheckAsync("Quiz with feedback showing, not passed");
        await learner.RetakeQuizAsync();
        await learner.AnswerShownAsync(correctly: true);

        await learner.SubmitQuizAsync();
        await Expect(learner.QuizResult).ToContainTextAsync("You passed");
        await checks.CheckAsync("Quiz result, passed");

        foreach (var part in course.Parts.SkipWhile(p => p != quiz).Skip(1))
        {
            await learner.NextAsync(part);
            await checks.CheckAsync(part is CpdRecord ? "CPD record, filled in" : part.Title);
        }

        Assert.Empty(session.ScriptErrors);
        output.WriteLine($"axe (WCAG 2.2 AA tags), reflow and 200% text checked in {checks.Covered.Count} states × widths:");
        foreach (var where in checks.Covered)
        {
            output.WriteLine("  " + where);
        }

        checks.AssertNone();
    }

    [Fact]
    public async Task Should_give_a_video_captions_and_its_transcript_beside_it_and_pass_axe_at_both_widths()
    {
        var built = packages.MinimalCourse;
        var course = built.Course;
        var withVideo = course.Sessions.Single(s => s.Video is not null);
        await using var lms = await TestLms.StartAsync(browser.Browser, built.Package.Path);
        await using var session = await lms.LaunchInFrameAsync(Scorm.FirstAttempt(course));
        var learner = new Learner(session.Sco, course);
        var checks = new LayoutChecks(session);

        await learner.OpenAsync(withVideo);
        var section = session.Sco.Locator($"section#{withVideo.Id}");
        await Expect(section.Locator("video track[kind=captions]")).ToHaveCountAsync(1);
        await Expect(section.Locator("video")).ToHaveAttributeAsync("aria-describedby", withVideo.Transcript!.Id);
        await Expect(section.GetByRole(AriaRole.Heading, new() { Name = withVideo.Transcript.Title, Level = 2 })).ToBeVisibleAsync();
        await checks.CheckAsync($"{withVideo.Title} (video, captions and transcript)");

        output.WriteLine(string.Join('\n', checks.Covered));
        checks.AssertNone();
    }

    // Animations and transitions a learner would see; none may run when they asked for reduced motion.
    private const string Moving = """
        () => document.getAnimations().length + [...document.querySelectorAll('*')].filter(e => {
          const style = getComputedStyle(e);
          return style.animationName !== 'none' || style.transitionDuration.split(',').some(d => parseFloat(d) > 0) || style.scrollBehavior === 'smooth';
        }).length
        """;
}
