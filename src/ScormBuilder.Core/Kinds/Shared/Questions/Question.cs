using ScormBuilder.Diagnostics;
using ScormBuilder.Model;

namespace ScormBuilder.Kinds.Shared.Questions;

/// <summary>The kinds of question, each recorded as its own SCORM 1.2 interaction type.</summary>
public enum QuestionType
{
    TrueFalse,
    SingleChoice,
    MultipleResponse,
    Matching,
    Ordering,
}

/// <summary>
/// One question, wherever it is asked. Its <see cref="Options"/> are what the learner picks from: the choices of a
/// choice question, the targets of a matching question, or the items of an ordering question in the correct order.
/// </summary>
public sealed record Question(
    string Id,
    QuestionType Type,
    Reference Session,
    IReadOnlyList<Reference> Outcomes,
    string Text,
    IReadOnlyList<AnswerOption> Options,
    string CorrectFeedback,
    string WrongFeedback,
    SourceLocation Location)
{
    /// <summary>SCORM 1.2 ids are one character: a–z and 0–9, so a question has at most 36 of them.</summary>
    public const int MaxIds = 36;

    /// <summary>A matching question's items, each with the target that is its answer; empty for other types.</summary>
    public IReadOnlyList<MatchingPair> Pairs { get; init; } = [];

    public IEnumerable<AnswerOption> CorrectOptions => Options.Where(o => o.Correct);

    /// <summary>
    /// The ids learners' saved answers refer to, as tracking.lock lists them: the question, then each option (a matching
    /// question's items too: the runtime saves both by their one-character ids) as 'question-id/option-id'.
    /// </summary>
    public IEnumerable<TrackedId> TrackedIds =>
        Pairs.Select(p => p.Id).Concat(Options.Select(o => o.Id))
            .Select(id => new TrackedId("option", $"{Id}/{id}")).Prepend(new TrackedId("question", Id));

    /// <summary>
    /// The right answer as the runtime keeps answers: the correct option ids of a choice question, the item and
    /// target id of each pair of a matching question ("1a2b"), the item ids in order of an ordering question.
    /// </summary>
    public string CorrectAnswer => Type switch
    {
        QuestionType.Matching => string.Concat(Pairs.Select(p => $"{p.Id}{p.Target}")),
        QuestionType.Ordering => string.Concat(Options.Select(o => o.Id)),
        _ => string.Concat(CorrectOptions.Select(o => o.Id)),
    };

    /// <summary>The longest answer the runtime can save for this question, in characters.</summary>
    public int LongestAnswer => Type switch
    {
        QuestionType.Matching => 2 * Pairs.Count,
        QuestionType.Ordering or QuestionType.MultipleResponse => Options.Count,
        _ => 1,
    };

    /// <summary>The type's name in quiz.yaml, the templates and the runtime's data.</summary>
    public string TypeName => NameOf(Type);

    public static string NameOf(QuestionType type) => type switch
    {
        QuestionType.TrueFalse => "true-false",
        QuestionType.SingleChoice => "single-choice",
        QuestionType.MultipleResponse => "multiple-response",
        QuestionType.Matching => "matching",
        _ => "ordering",
    };
}

/// <summary>A quiz option. Its one-character id is what SCORM 1.2 records as the learner's response.</summary>
public sealed record AnswerOption(char Id, string Text, bool Correct, SourceLocation Location);

/// <summary>An item of a matching question and the id of the target it belongs with.</summary>
public sealed record MatchingPair(char Id, string Item, char Target, SourceLocation Location, SourceLocation TargetLocation);
