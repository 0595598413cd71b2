using System.Globalization;
using System.Text;
using ScormBuilder.BrowserTests.Harness;
using ScormBuilder.Model;
using ScormBuilder.Validation;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ScormBuilder.BrowserTests.Scenarios;

/// <summary>
/// The build's worst case (SuspendDataBudget) really bounds what the runtime writes: a learner who fills every
/// field to its limit with the characters most likely to need escaping produces no more than it computed.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SuspendDataBudgetScenario(BrowserFixture browser, CoursePackages packages, ITestOutputHelper output)
{
    // The format's own delimiters, a line break, and characters outside the BMP (two UTF-16 code units each).
    private const string Widest = ";,=:/\n😀𝄞";

    // A one-line field drops line breaks by itself.
    private const string WidestOnOneLine = ";,=:/😀𝄞";

    [Fact]
    public async Task Should_never_write_more_suspend_data_than_the_build_computed()
    {
        var built = packages.RealCourse;
        var course = built.Course;
        var quiz = course.Quiz!;
        var reflection = course.Parts.OfType<Reflection>().Single();
        var worstCase = CourseCompiler.Default.SavedStateWorstCase(course);
        var computed = worstCase.Total;
        await using var lms = await TestLms.StartAsync(browser.Browser, built.Package.Path);
        await using var session = await lms.LaunchInFrameAsync(Scorm.FirstAttempt(course));
        var learner = new Learner(session.Sco, course);

        await learner.NextThroughAsync(course.Parts[0], reflection, playScenarios: true);
        foreach (var prompt in reflection.Prompts)
        {
            await FillBeyondLimitAsync(learner.PromptField(prompt), prompt.MaxLength, Widest);
        }

        for (var i = 0; i < reflection.ActionCount; i++)
        {
            await FillBeyondLimitAsync(learner.ActionField(i), reflection.ActionMaxLength, WidestOnOneLine);
            await learner.ActionDate(i).FillAsync("2026-12-31");
        }

        await learner.NextAsync(quiz);
        // The longest answer each question can have: every option ticked, one chosen, every item matched or ordered.
        foreach (var question in await learner.ShownQuestionsAsync())
        {
            await (question.Type switch
            {
                QuestionType.MultipleResponse => learner.AnswerAsync(question, question.Options.Select(o => o.Id)),
                QuestionType.Matching or QuestionType.Ordering => learner.AnswerCorrectlyAsync(question),
                _ => learner.AnswerAsync(question, [question.Options[0].Id]),
            });
        }

        await learner.SubmitQuizAsync();
        await learner.NextThroughAsync(quiz, course.Parts[^1]);
        var report = await Scorm.LeaveAsync(session);

        Scorm.AssertRulesHeld(report, session.ScriptErrors);
        var written = report.CommittedValue("cmi.suspend_data")!;
        var saved = SavedProgress.Parse(written);
        Assert.NotNull(saved.Quiz);
        // Only four fields fall short of their worst case here: 1 attempt instead of 99, a score under 100, no
        // completion date (";d:YYYYMMDD"), as ticking every option fails the quiz, and the attempt's random seed,
        // which may have fewer than its 4 digits.
        Assert.Null(saved.Completed);
        var seed = System.Text.RegularExpressions.Regex.Match(written, @";b:[\w-]+=(\d+)/").Groups[1].Value;
        Assert.NotEmpty(seed);
        // A course that draws, has scenarios or knowledge checks has sections this learner cannot fill to their worst
        // case in one attempt (the draw with the longest ids, a path of 12 steps, every check answered): each must
        // stay within it, and counts its own shortfall. Every other section is exactly at its worst case.
        var partial = quiz.Draw.Draws.Count == 0 ? "sk" : "skba";
        var sections = partial.Select(tag => (Tag: tag, Computed: worstCase.Of(tag.ToString()), Written: SectionLength(written, tag))).ToList();
        Assert.All(sections, s => Assert.True(s.Written <= s.Computed, $"Section '{s.Tag}': written {s.Written} characters, the build computed at most {s.Computed}."));
        var partialShortfall = sections.Sum(s => s.Computed - s.Written) - (partial.Contains('b') ? 4 - seed.Length : 0);
        var shortfall = (2 - Digits(saved.Quiz.Attempts)) + (3 - Digits(saved.Quiz.Score)) + ";d:20261231".Length + (4 - seed.Length) + partialShortfall;
        Assert.True(written.Length <= computed, $"The runtime wrote {written.Length} characters; the build computed at most {computed}.");
        Assert.Equal(computed - shortfall, written.Length);
        output.WriteLine($"Worst case computed by the build: {computed}; written with every field full: {written.Length} ({shortfall} short of it: attempts, score, completion date and seed; {partialShortfall} in sections {partial}).");
    }

    private static async Task FillBeyondLimitAsync(Microsoft.Playwright.ILocator field, int maxLength, string alphabet)
    {
        var text = FullText(maxLength, alphabet);
        await field.FillAsync(text + alphabet);
        await Expect(field).ToHaveValueAsync(text);
    }

    // Exactly maxLength code units of the widest characters, never splitting a surrogate pair.
    private static string FullText(int maxLength, string alphabet)
    {
        var text = new StringBuilder();
        var elements = StringInfo.GetTextElementEnumerator(alphabet);
        while (text.Length < maxLength)
        {
            if (!elements.MoveNext())
            {
                elements.Reset();
                elements.MoveNext();
            }

            var element = elements.GetTextElement();
            text.Append(text.Length + element.Length <= maxLength ? element : ";");
        }

        return text.ToString();
    }

    // A section as written (";x:" and its items); these sections hold no free text, so no ';' of their own.
    private static int SectionLength(string written, char tag) =>
        System.Text.RegularExpressions.Regex.Match(written, $";{tag}:[^;]*").Length;

    private static int Digits(int n) => n.ToString(CultureInfo.InvariantCulture).Length;
}
