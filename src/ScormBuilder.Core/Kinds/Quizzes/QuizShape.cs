using ScormBuilder.Kinds.Quizzes.ItemWriting;
using ScormBuilder.Loading;

namespace ScormBuilder.Kinds.Quizzes;

/// <summary>
/// The keys of quiz.yaml and of a question (in the quiz or in a knowledge check), which <see cref="QuizLoader"/>
/// reads and the quiz schema describes.
/// </summary>
internal static class QuizShape
{
    /// <summary>The most questions a draw can name.</summary>
    public const int MaxDraw = 9999;

    public static readonly IReadOnlyList<string> Types = [.. Enum.GetValues<QuestionType>().Select(Question.NameOf)];

    public static readonly YamlKey OptionId = new("id", new CharacterIdValue(),
        "The option's id: one character, a–z or 0–9, which the LMS records. Keep it when you reword.", Required: true);

    public static readonly YamlKey OptionText = new("text", new TextValue(), "What the learner reads.", Required: true);

    public static readonly YamlKey Correct = new("correct", new FlagValue(), "true for a right answer.");

    public static readonly YamlKey Pin = new("pin", new FlagValue(), "true keeps the option in its place when the others are shuffled ('None of these').");

    public static readonly YamlShape Option = new("An option.", [OptionId, OptionText, Correct, Pin]);

    public static readonly YamlKey ItemId = new("id", new CharacterIdValue(), "The item's id: one character, a–z or 0–9.", Required: true);

    public static readonly YamlKey Item = new("item", new TextValue(), "The item the learner matches to a target.", Required: true);

    // Required, but the loader reports a missing target in its own words (SB1030), so it reads it by name.
    public static readonly YamlKey Target = new("target", new CharacterIdValue(), "The id of the target this item belongs with.", Required: true);

    public static readonly YamlShape Pair = new("An item of a matching question, with the id of its target.", [ItemId, Item, Target]);

    public static readonly YamlKey EntryId = new("id", new CharacterIdValue(), "Its id: one character, a–z or 0–9.", Required: true);

    public static readonly YamlKey EntryText = new("text", new TextValue(), "What the learner reads.", Required: true);

    public static readonly YamlShape Entry = new("A target of a matching question, or an item of an ordering question.", [EntryId, EntryText]);

    public static readonly YamlKey FeedbackCorrect = new("correct", new TextValue(), "Shown after a right answer.", Required: true);

    public static readonly YamlKey FeedbackWrong = new("wrong", new TextValue(), "Shown after a wrong answer: why, and what is right.", Required: true);

    public static readonly YamlShape Feedback = new("The feedback after an answer.", [FeedbackCorrect, FeedbackWrong]);

    public static readonly YamlKey Type = new("type", new ChoiceValue(Types), "The kind of question.", Required: true);

    public static readonly YamlKey Text = new("text", new TextValue(), "The question.", Required: true);

    public static readonly YamlKey Answer = new("answer", new FlagValue(), "The right answer of a true-false question.");

    public static readonly YamlKey Options = new("options", new ListValue(new MappingValue(Option)),
        "The options of a single-choice or multiple-response question; mark the right ones 'correct: true'.");

    public static readonly YamlKey Pairs = new("pairs", new ListValue(new MappingValue(Pair)),
        "The items of a matching question, each with the id of its target.");

    public static readonly YamlKey Targets = new("targets", new ListValue(new MappingValue(Entry)),
        "The targets of a matching question; more targets than items is fine.");

    public static readonly YamlKey Items = new("items", new ListValue(new MappingValue(Entry)),
        "The items of an ordering question, in the correct order.");

    /// <summary>The keys only some types of question have, each with those types: each type must have its own and no other.</summary>
    public static readonly IReadOnlyList<(YamlKey Key, string[] Types)> TypeKeys =
    [
        (Answer, ["true-false"]),
        (Options, ["single-choice", "multiple-response"]),
        (Pairs, ["matching"]),
        (Targets, ["matching"]),
        (Items, ["ordering"]),
    ];

    public static readonly YamlKey QuestionFeedback = new("feedback", new MappingValue(Feedback),
        "What the learner reads after answering: 'correct:' and 'wrong:'.", Required: true);

    /// <summary>A question in a knowledge check: asked where it is taught, never scored.</summary>
    public static readonly YamlShape CheckQuestion = new("A question.",
        [PartFields.IdKey("The question's id, which the LMS records. Keep it when you reword."), Type, Text,
            Answer, Options, Pairs, Targets, Items, QuestionFeedback],
        [.. Types.Select(type => new YamlKeyRule(Type.Name, type, new KeyDemand(
            [.. TypeKeys.Where(k => k.Types.Contains(type)).Select(k => k.Key.Name)],
            [.. TypeKeys.Where(k => !k.Types.Contains(type)).Select(k => k.Key.Name)])))]);

    public static readonly YamlKey Session = new("session", new TextValue(Ids.Pattern), "The id of the session that teaches this.", Required: true);

    public static readonly YamlKey QuestionOutcomes = new("outcomes", new ListValue(new TextValue(Ids.Pattern)), "The ids of the outcomes it assesses.");

    public static readonly YamlKey Pool = new("pool", new TextValue(), "The pool it is drawn from; without one it is in the pool 'all'.");

    public static readonly YamlKey QuestionShuffleOptions = new("shuffle_options", new FlagValue(), "false shows this question's options in the order written.");

    /// <summary>A question of the quiz: it names what teaches it, and may be drawn from a pool.</summary>
    public static readonly YamlShape QuizQuestion = CheckQuestion.With("A question of the quiz.", Session, QuestionOutcomes, Pool, QuestionShuffleOptions,
        LintAllowanceReader.Key);

    public static readonly WholeNumberValue DrawCount = new(0, MaxDraw);

    public static readonly YamlKey PerPool = new("per_pool", DrawCount, "How many questions each attempt draws from every pool.", Required: true);

    public static readonly YamlShape DrawPerPool = new("The same number from every pool.", [PerPool]);

    public static readonly YamlKey DrawPool = new("pool", new TextValue(), "The pool.", Required: true);

    public static readonly YamlKey DrawPoolCount = new("count", DrawCount, "How many questions each attempt draws from it.", Required: true);

    public static readonly YamlShape OnePoolDraw = new("A number of questions from one pool.", [DrawPool, DrawPoolCount]);

    public static readonly YamlKey Draw = new("draw", new AnyOfValue([DrawCount, new MappingValue(DrawPerPool), new ListValue(new MappingValue(OnePoolDraw)),
            new MappingValue(CoverageDrawReader.Shape)]),
        "What each attempt asks: a number from all the questions, '{ per_pool: n }', a list of '{ pool: name, count: n }', or '{ cover: outcomes, pools: [...] }' to ask on every outcome in every attempt. Without it every question is asked.");

    public static readonly YamlKey Id = PartFields.IdKey("The quiz's id.");

    public static readonly YamlKey Title = PartFields.TitleKey("The quiz's title.");

    public static readonly YamlKey Introduction = new("introduction", new TextValue(), "Shown above the questions.");

    public static readonly YamlKey Required = PartFields.RequiredKey("false leaves the quiz out of completion (default true).");

    public static readonly YamlKey PassMark = new("pass_mark", new WholeNumberValue(0, 100), "The pass mark, in percent of the questions asked.", Required: true);

    public static readonly YamlKey SaveAnswers = new("save_answers", new FlagValue(),
        "false keeps scores and attempts but not answers in progress, for banks too large for SCORM 1.2's saved state.");

    public static readonly YamlKey ShuffleOptions = new("shuffle_options", new FlagValue(), "false shows every question's options in the order written (default true).");

    public static readonly YamlKey ShuffleQuestions = new("shuffle_questions", new FlagValue(), "Whether each attempt shows the questions in its own order (default: true when the quiz draws).");

    public static readonly YamlKey Questions = new("questions", new ListValue(new MappingValue(QuizQuestion)), "The questions.", Required: true);

    public static readonly YamlShape File = new("A ScormBuilder quiz: quiz.yaml.",
        [Id, Title, Introduction, Required, PassMark, SaveAnswers, ShuffleOptions, ShuffleQuestions, Draw, Questions]);
}
