using Microsoft.Playwright;
using ScormBuilder.Kinds.Scenarios;
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

    /// <summary>
    /// Goes through the parts after <paramref name="from"/> up to <paramref name="to"/> with Next, playing each
    /// scenario on the way to an ending when <paramref name="playScenarios"/> (so that every part passed is done).
    /// </summary>
    public async Task NextThroughAsync(Part from, Part to, bool playScenarios = false)
    {
        var parts = course.Parts.ToList();
        for (var i = parts.IndexOf(from) + 1; i <= parts.IndexOf(to); i++)
        {
            await NextAsync(parts[i]);
            if (playScenarios && parts[i] is Scenario scenario)
            {
                await PlayToEndingAsync(scenario);
            }
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

    public Task AnswerCorrectlyAsync(Question question) => question.Type switch
    {
        QuestionType.Matching => MatchAsync(question, question.Pairs.Select(p => (p.Id, p.Target))),
        QuestionType.Ordering => PutInOrderAsync(question, question.CorrectAnswer),
        _ => AnswerAsync(question, CorrectAnswer(question)),
    };

    public Task AnswerWronglyAsync(Question question) => question.Type switch
    {
        // The first item takes the next item's target (a target another item needs), the rest their own.
        QuestionType.Matching => MatchAsync(question, question.Pairs.Select((p, i) => (p.Id, i == 0 ? WrongTarget(question) : p.Target))),
        QuestionType.Ordering => KeepShownOrderAsync(question),
        _ => AnswerAsync(question, [WrongOption(question)]),
    };

    /// <summary>
    /// The quiz questions this attempt shows, in the page's order, as the model's questions: a quiz that draws shows
    /// only the questions drawn (each checked against what the model says an attempt asks). The quiz must be open.
    /// </summary>
    public async Task<IReadOnlyList<Question>> ShownQuestionsAsync()
    {
        var boxes = Sco.Locator($"form[data-quiz=\"{Quiz.Id}\"] [data-question]:not([hidden])");
        await Expect(boxes).ToHaveCountAsync(Quiz.AskedCount);
        var ids = await boxes.EvaluateAllAsync<string[]>("boxes => boxes.map(b => b.dataset.question)");
        Assert.Equal(ids.Length, ids.Distinct(StringComparer.Ordinal).Count());
        return [.. ids.Select(id => Quiz.Questions.Single(q => q.Id == id))];
    }

    /// <summary>Answers every question the attempt shows, right or wrong; returns them in the page's order.</summary>
    public async Task<IReadOnlyList<Question>> AnswerShownAsync(bool correctly)
    {
        var shown = await ShownQuestionsAsync();
        foreach (var question in shown)
        {
            await (correctly ? AnswerCorrectlyAsync(question) : AnswerWronglyAsync(question));
        }

        return shown;
    }

    /// <summary>
    /// The question shows the answer <see cref="AnswerCorrectlyAsync"/> (<paramref name="correct"/> true) or
    /// <see cref="AnswerWronglyAsync"/> (false) gave, or none (null).
    /// </summary>
    public async Task ExpectAnswerAsync(Question question, bool? correct)
    {
        switch (question.Type)
        {
            case QuestionType.Matching:
                foreach (var (pair, i) in question.Pairs.Select((p, i) => (p, i)))
                {
                    var target = correct switch { null => "", true => pair.Target.ToString(), false => (i == 0 ? WrongTarget(question) : pair.Target).ToString() };
                    await Expect(MatchField(question, pair.Id)).ToHaveValueAsync(target);
                }

                break;
            case QuestionType.Ordering:
                // An ordering always shows an order; a right one only once it has been put right.
                Assert.Equal(correct == true, question.CorrectAnswer == await OrderShownAsync(question));
                break;
            default:
                var chosen = correct switch { null => "", true => CorrectAnswer(question), false => WrongOption(question).ToString() };
                foreach (var option in question.Options)
                {
                    var box = Option(question, option.Id);
                    await (chosen.Contains(option.Id) ? Expect(box).ToBeCheckedAsync() : Expect(box).Not.ToBeCheckedAsync());
                }

                break;
        }
    }

    /// <summary>A question's controls: its options, selects or move buttons.</summary>
    public ILocator Controls(Question question) => Sco.Locator($"#{question.Id}").Locator("input, select, button[data-move]");

    /// <summary>A matching question's select for one item.</summary>
    public ILocator MatchField(Question question, char item) => Sco.Locator($"#{question.Id} select[data-item='{item}']");

    private async Task MatchAsync(Question question, IEnumerable<(char Item, char Target)> pairs)
    {
        foreach (var (item, target) in pairs)
        {
            await MatchField(question, item).SelectOptionAsync(target.ToString());
        }
    }

    /// <summary>An ordering question's items as the page shows them now.</summary>
    public async Task<string> OrderShownAsync(Question question) => string.Concat(
        await Sco.Locator($"#{question.Id} li[data-item]").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.item)"));

    // Each item in turn, from the first place, moved up with its button until it is in place.
    private async Task PutInOrderAsync(Question question, string order)
    {
        var shown = (await OrderShownAsync(question)).ToList();
        for (var target = 0; target < order.Length; target++)
        {
            for (var at = shown.IndexOf(order[target]); at > target; at--)
            {
                await Sco.Locator($"#{question.Id} li[data-item='{order[target]}'] button[data-move='up']").ClickAsync();
            }

            shown.Remove(order[target]);
            shown.Insert(target, order[target]);
        }

        Assert.Equal(order, await OrderShownAsync(question));
    }

    /// <summary>How SCORM 1.2 names the question's interaction type.</summary>
    public static string ScormType(Question question) => question.Type switch
    {
        QuestionType.TrueFalse => "true-false",
        QuestionType.Matching => "matching",
        QuestionType.Ordering => "sequencing",
        _ => "choice",
    };

    /// <summary>The right answer as SCORM 1.2 writes it: "b", "a,c", "t", "1.a,2.b" or "c,a,b".</summary>
    public static string CorrectPattern(Question question) => question.Type switch
    {
        QuestionType.TrueFalse => CorrectAnswer(question),
        QuestionType.Matching => string.Join(',', question.Pairs.Select(p => $"{p.Id}.{p.Target}")),
        _ => string.Join(',', question.CorrectAnswer.ToCharArray()),
    };

    private static char WrongTarget(Question question) =>
        question.Pairs.Select(p => p.Target).Concat(question.Options.Select(o => o.Id)).First(t => t != question.Pairs[0].Target);

    // An ordering never starts in its right order: one item moved down and back answers it with the order shown.
    private async Task KeepShownOrderAsync(Question question)
    {
        var shown = await OrderShownAsync(question);
        Assert.NotEqual(question.CorrectAnswer, shown);
        var item = $"#{question.Id} li[data-item='{shown[0]}']";
        await Sco.Locator($"{item} button[data-move='down']").ClickAsync();
        await Sco.Locator($"{item} button[data-move='up']").ClickAsync();
        Assert.Equal(shown, await OrderShownAsync(question));
    }

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

    /// <summary>
    /// From the first part, every part with Next: each reflection prompt and the first action written, every scenario
    /// played to an ending, the questions the attempt shows answered and the quiz passed: every required part done.
    /// </summary>
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
                await AnswerShownAsync(correctly: true);
                await SubmitQuizAsync();
                await Expect(QuizResult).ToContainTextAsync("You passed");
            }
            else if (course.Parts[i] is Scenario scenario)
            {
                await PlayToEndingAsync(scenario);
            }
        }
    }

    /// <summary>The course's branching scenarios; a required one is done once any ending is reached.</summary>
    public IReadOnlyList<Scenario> Scenarios => [.. course.Parts.OfType<Scenario>()];

    /// <summary>A scenario's node on the page.</summary>
    public ILocator Node(Scenario scenario, string nodeId) => Sco.Locator($"[data-scenario=\"{scenario.Id}\"] [data-node=\"{nodeId}\"]");

    /// <summary>The CSS selector of the choice on node <paramref name="from"/> that leads to node <paramref name="to"/>.</summary>
    public static string ChoiceSelector(Scenario scenario, string from, string to) =>
        $"[data-scenario=\"{scenario.Id}\"] [data-node=\"{from}\"] button[data-goto=\"{to}\"]";

    /// <summary>The node the scenario shows now.</summary>
    public async Task<string> NodeShownAsync(Scenario scenario)
    {
        var shown = Sco.Locator($"[data-scenario=\"{scenario.Id}\"] [data-node]:not([hidden])");
        await Expect(shown).ToHaveCountAsync(1);
        return (await shown.GetAttributeAsync("data-node"))!;
    }

    /// <summary>
    /// Plays the open scenario from the node it shows to the nearest ending (by the model), each choice clicked, or
    /// pressed by <paramref name="press"/> (given the choice's CSS selector) for a keyboard user; then it is done.
    /// Returns the ending reached.
    /// </summary>
    public async Task<ScenarioNode> PlayToEndingAsync(Scenario scenario, Func<string, Task>? press = null)
    {
        var at = await NodeShownAsync(scenario);
        foreach (var (from, to) in PathToEnding(scenario, at))
        {
            var selector = ChoiceSelector(scenario, from, to);
            await (press is null ? Sco.Locator(selector).ClickAsync() : press(selector));
            await Expect(Node(scenario, to)).ToBeVisibleAsync();
            await Expect(Node(scenario, from)).ToBeHiddenAsync();
            at = to;
        }

        var ending = scenario.Nodes.Single(n => n.Id == at);
        Assert.NotNull(ending.Ending);
        await ExpectDoneAsync(scenario, done: true);
        return ending;
    }

    /// <summary>The shortest run of choices (from node, to node) from <paramref name="start"/> to an ending.</summary>
    public static IReadOnlyList<(string From, string To)> PathToEnding(Scenario scenario, string start)
    {
        var nodes = scenario.Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
        var cameFrom = new Dictionary<string, string>(StringComparer.Ordinal) { [start] = "" };
        var queue = new Queue<string>([start]);
        while (queue.Count > 0)
        {
            var id = queue.Dequeue();
            if (nodes[id].Ending is not null)
            {
                var path = new List<(string, string)>();
                for (var to = id; cameFrom[to] != ""; to = cameFrom[to])
                {
                    path.Insert(0, (cameFrom[to], to));
                }

                return path;
            }

            foreach (var next in nodes[id].Choices.Select(c => c.Goto.Id).Where(next => cameFrom.TryAdd(next, id)))
            {
                queue.Enqueue(next);
            }
        }

        throw new InvalidOperationException($"No ending can be reached from {scenario.Id}/{start}.");
    }

    public static string CorrectAnswer(Question question) => string.Concat(question.CorrectOptions.Select(o => o.Id));

    public static char WrongOption(Question question) => question.Options.First(o => !o.Correct).Id;
}
