using ScormBuilder.Loading;

namespace ScormBuilder.Kinds.Shared.Questions;

/// <summary>
/// The keys of a question wherever it is asked (in the quiz or in a knowledge check), which
/// <see cref="QuestionReader"/> reads and the schemas describe.
/// </summary>
internal static class QuestionShape
{
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

    /// <summary>A question as any part asks it: a knowledge check asks it so, the quiz adds its own keys.</summary>
    public static readonly YamlShape AnyQuestion = new("A question.",
        [PartFields.IdKey("The question's id, which the LMS records. Keep it when you reword."), Type, Text,
            Answer, Options, Pairs, Targets, Items, QuestionFeedback],
        [.. Types.Select(type => new YamlKeyRule(Type.Name, type, new KeyDemand(
            [.. TypeKeys.Where(k => k.Types.Contains(type)).Select(k => k.Key.Name)],
            [.. TypeKeys.Where(k => !k.Types.Contains(type)).Select(k => k.Key.Name)])))]);
}
