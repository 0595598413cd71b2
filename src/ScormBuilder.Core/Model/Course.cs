using ScormBuilder.Diagnostics;

namespace ScormBuilder.Model;

/// <summary>A whole course as loaded from its source folder. Immutable; every later stage reads it.</summary>
public sealed record Course(
    string Id,
    string Title,
    string Version,
    string Language,
    string Description,
    IReadOnlyList<string> Authors,
    int DurationMinutes,
    IReadOnlyList<LearningOutcome> Outcomes,
    IReadOnlyList<Part> Parts,
    CompletionRules Completion,
    int? MasteryScore,
    SourceLocation Location)
{
    /// <summary>Where mastery_score is written, for diagnostics about it.</summary>
    public SourceLocation MasteryScoreLocation { get; init; } = Location;

    // The loader accepts one quiz.yaml and one reflection.md, so each is there once or not at all.
    public Quiz? Quiz => Parts.OfType<Quiz>().FirstOrDefault();

    public Reflection? Reflection => Parts.OfType<Reflection>().FirstOrDefault();

    public IEnumerable<Session> Sessions => Parts.OfType<Session>();
}

public sealed record LearningOutcome(string Id, string Text, SourceLocation Location);

/// <summary>How the learner-side runtime decides the status it reports to the LMS.</summary>
public sealed record CompletionRules(FailedQuizStatus FailedQuizStatus);

public enum FailedQuizStatus
{
    Incomplete,
    Failed,
}
