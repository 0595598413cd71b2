using ScormBuilder.Kinds.Checks;
using ScormBuilder.Kinds.Quizzes;
using ScormBuilder.Kinds.Scenarios;
using ScormBuilder.Model;

namespace ScormBuilder.ReviewPack;

/// <summary>One learning outcome: what teaches it, practises it and assesses it, and the chance a draw leaves it untested.</summary>
internal sealed record OutcomeCoverage(
    LearningOutcome Outcome,
    IReadOnlyList<string> TaughtBy,
    IReadOnlyList<string> PractisedBy,
    IReadOnlyList<string> AssessedBy,
    Fraction? UntestedChance)
{
    /// <summary>Each outcome of the course, in its order. The chance is null when the course has no quiz.</summary>
    public static IReadOnlyList<OutcomeCoverage> Of(Course course)
    {
        var quiz = course.Quiz;
        var checks = course.Parts.SelectMany(p => p.Bodies).SelectMany(b => b.Blocks).OfType<KnowledgeCheck>().ToList();
        return [.. course.Outcomes.Select(outcome =>
        {
            var assessing = quiz?.Questions.Where(q => Names(q.Outcomes, outcome)).Select(q => q.Id).ToList() ?? [];
            var practising = checks.Where(c => Names(c.Question.Outcomes, outcome)).Select(c => $"check {c.Id}")
                .Concat(course.Parts.OfType<Scenario>().Where(s => Names(s.Outcomes, outcome)).Select(s => $"scenario {s.Id}"))
                .ToList();
            var teaching = course.Parts.Where(p => p is not Scenario && Names(p.Teaches, outcome)).Select(p => p.Id).ToList();
            return new OutcomeCoverage(outcome, teaching, practising, assessing,
                quiz is null ? null : ReviewPack.UntestedChance.Of(quiz, assessing.ToHashSet(StringComparer.Ordinal)));
        })];
    }

    private static bool Names(IEnumerable<Reference> references, LearningOutcome outcome) => references.Any(r => r.Id == outcome.Id);
}
