using Microsoft.Playwright;
using ScormBuilder.Model;
using static Microsoft.Playwright.Assertions;

namespace ScormBuilder.BrowserTests.Scenarios;

/// <summary>Drives the course as a learner does: contents links, Next, labelled fields and buttons.</summary>
internal sealed class Learner(IFrame sco, Course course)
{
    public IFrame Sco { get; } = sco;

    public ILocator Contents => Sco.GetByRole(AriaRole.Navigation, new() { Name = "Course contents" });

    public ILocator Alert => Sco.GetByRole(AriaRole.Alert);

    public ILocator Progress => Sco.Locator("#sb-progress-text");

    public Quiz Quiz => course.Quiz ?? throw new InvalidOperationException("The course has no quiz.");

    public Reflection Reflection => course.Parts.OfType<Reflection>().Single();

    // The whole name, state included: one title may be part of another ("Your CPD record" is in Session 4's).
    public ILocator ContentsLink(Part part) => Contents.GetByRole(AriaRole.Link, new()
    {
        NameRegex = new System.Text.RegularExpressions.Regex("^(Done|Started|Not started|Not passed yet): " + System.Text.RegularExpressions.Regex.Escape(part.Title) + "$"),
    });

    public async Task OpenAsync(Part part)
    {
        await ContentsLink(part).ClickAsync();
        await ExpectOnAsync(part);
    }

    public async Task NextAsync(Part expected)
    {
        await Sco.GetByRole(AriaRole.Button, new() { Name = "Next", Exact = true }).ClickAsync();
        await ExpectOnAsync(expected);
    }

    /// <summary>Goes through the parts after <paramref name="from"/> up to <paramref name="to"/> with Next.</summary>
    public async Task NextThroughAsync(Part from, Part to)
    {
        var parts = course.Parts.ToList();
        for (var i = parts.IndexOf(from) + 1; i <= parts.IndexOf(to); i++)
        {
            await NextAsync(parts[i]);
        }
    }

    /// <summary>The part's heading is the one visible level-1 heading, and it is the current contents entry.</summary>
    public async Task ExpectOnAsync(Part part)
    {
        await Expect(Sco.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(part.Title);
        await Expect(ContentsLink(part)).ToHaveAttributeAsync("aria-current", "page");
    }

    public async Task ExpectDoneAsync(Part part, bool done) =>
        await Expect(ContentsLink(part)).ToHaveAccessibleNameAsync(new System.Text.RegularExpressions.Regex(
            "^" + (done ? "Done" : "(Not started|Started|Not passed yet)") + ": " + System.Text.RegularExpressions.Regex.Escape(part.Title) + "$"));

    public ILocator Option(Question question, char optionId) =>
        Sco.Locator($"fieldset#{question.Id}").GetByLabel(question.Options.Single(o => o.Id == optionId).Text, new() { Exact = true });

    public async Task AnswerAsync(Question question, IEnumerable<char> optionIds)
    {
        foreach (var id in optionIds)
        {
            await Option(question, id).CheckAsync();
        }
    }

    public Task AnswerCorrectlyAsync(Question question) => AnswerAsync(question, CorrectAnswer(question));

    public Task AnswerWronglyAsync(Question question) => AnswerAsync(question, [WrongOption(question)]);

    public async Task SubmitQuizAsync() =>
        await Sco.GetByRole(AriaRole.Button, new() { Name = "Submit answers" }).ClickAsync();

    public async Task RetakeQuizAsync() =>
        await Sco.GetByRole(AriaRole.Button, new() { Name = "Try again" }).ClickAsync();

    public ILocator QuizResult => Sco.Locator($"#{Quiz.Id}-result");

    public ILocator PromptField(ReflectionPrompt prompt) => Sco.GetByLabel(prompt.Text, new() { Exact = true });

    public ILocator ActionField(int index) => Sco.GetByLabel($"Action {index + 1}", new() { Exact = true });

    public ILocator ActionDate(int index) => Sco.GetByLabel("Do it by", new() { Exact = true }).Nth(index);

    public CpdRecord Record => course.Parts.OfType<CpdRecord>().Single();

    /// <summary>The CPD record document on the record part.</summary>
    public ILocator RecordDocument => Sco.Locator(".sb-cpd-document");

    /// <summary>"Remove my answers from this computer" and its inline confirmation.</summary>
    public async Task ForgetAsync()
    {
        // The learner scrolls to the foot of the page, where the region is.
        await Sco.EvaluateAsync("() => window.scrollTo(0, document.documentElement.scrollHeight)");
        await Sco.Locator("#sb-forget").ClickAsync();
        await Sco.Locator("#sb-forget-confirm").ClickAsync();
    }

    public ILocator KeepProgress => Sco.Locator("#sb-keep-progress");

    public ILocator Notice => Sco.Locator("#sb-notice");

    /// <summary>From the first part, every part with Next: each reflection prompt and the first action written, the quiz passed.</summary>
    public async Task VisitAllAndPassAsync(string words)
    {
        await ExpectOnAsync(course.Parts[0]);
        for (var i = 1; i < course.Parts.Count; i++)
        {
            await NextAsync(course.Parts[i]);
            if (course.Parts[i] == Reflection)
            {
                foreach (var prompt in Reflection.Prompts)
                {
                    await PromptField(prompt).FillAsync($"{words} {prompt.Id}");
                }

                await ActionField(0).FillAsync($"{words} action");
            }
            else if (course.Parts[i] == course.Quiz)
            {
                foreach (var question in Quiz.Questions)
                {
                    await AnswerCorrectlyAsync(question);
                }

                await SubmitQuizAsync();
                await Expect(QuizResult).ToContainTextAsync("You passed");
            }
        }
    }

    public static string CorrectAnswer(Question question) => string.Concat(question.CorrectOptions.Select(o => o.Id));

    public static char WrongOption(Question question) => question.Options.First(o => !o.Correct).Id;
}
