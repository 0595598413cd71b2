using ScormBuilder.Diagnostics;
using ScormBuilder.Kinds.Shared.Questions;
using ScormBuilder.Loading;

namespace ScormBuilder.Kinds.Quizzes;

/// <summary>How many questions an attempt takes from one pool; a null pool means every question of the quiz.</summary>
public sealed record PoolDraw(string? Pool, int Count, SourceLocation Location);

/// <summary>
/// A quiz's bank settings: what each attempt draws, and what it shuffles. Each question's pool and its options'
/// shuffling are kept here by question id, so <see cref="Question"/> stays the same wherever a question is asked.
/// </summary>
public sealed record QuizDraw(
    IReadOnlyList<PoolDraw> Draws,
    bool ShuffleQuestions,
    IReadOnlyDictionary<string, QuestionShuffle> Questions)
{
    /// <summary>The pool every question is in when it names none.</summary>
    public const string DefaultPool = "all";

    public static QuizDraw None { get; } = new([], false, new Dictionary<string, QuestionShuffle>());

    /// <summary>What every attempt must ask a question on ('draw: { cover: outcomes, … }'); null when the draw is free.</summary>
    public DrawCover? Cover { get; init; }

    public string PoolOf(Question question) =>
        Questions.TryGetValue(question.Id, out var shuffle) ? shuffle.Pool : DefaultPool;

    /// <summary>Whether the learner may see the options of this question in another order than the author's.</summary>
    public bool ShufflesOptions(Question question) =>
        question.Type != QuestionType.TrueFalse && (!Questions.TryGetValue(question.Id, out var s) || s.ShuffleOptions);

    public string PinnedOf(Question question) => Questions.TryGetValue(question.Id, out var s) ? s.Pinned : "";
}

/// <summary>A question's pool, whether its options are shuffled, and the ids of the options pinned to their place.</summary>
public sealed record QuestionShuffle(string Pool, bool ShuffleOptions, string Pinned);

/// <summary>Reads quiz.yaml's 'draw:': a number over all questions, '{ per_pool: n }', or a list of '{ pool:, count: }'.</summary>
internal static class DrawReader
{
    private const string Shape = "a number of questions ('draw: 15'), '{ per_pool: 2 }', a list of '{ pool: name, count: 2 }', or '{ cover: outcomes, pools: [...] }'";

    public static List<PoolDraw> Read(YamlObject fields, IReadOnlyList<string> pools, DiagnosticBag diagnostics, out DrawCover? cover)
    {
        var node = fields.Node(QuizShape.Draw);
        cover = null;
        if (node is not null && CoverageDrawReader.IsCovering(node))
        {
            return CoverageDrawReader.Read(node, fields.Location, pools, diagnostics, out cover);
        }

        switch (node)
        {
            case null:
                return [];
            case YamlScalar:
                return fields.Int(QuizShape.Draw.Name, QuizShape.DrawCount.Min, QuizShape.DrawCount.Max) is { } all ? [new PoolDraw(null, all, node.Location)] : [];
            case YamlSequence list:
                return ReadList(list, diagnostics);
            default:
                var perPool = YamlObject.From(node, fields.Location, "the draw", diagnostics, QuizShape.DrawPerPool);
                if (perPool is null)
                {
                    return [];
                }

                // Required, but a missing one is reported as a draw of the wrong shape (SB1035), so it is read by name.
                var each = perPool.Int(QuizShape.PerPool.Name, QuizShape.DrawCount.Min, QuizShape.DrawCount.Max);
                if (each is null && perPool.Node(QuizShape.PerPool) is null)
                {
                    diagnostics.Report(LoadingDiagnostics.DrawShape, node.Location, $"'draw' must be {Shape}.");
                }

                perPool.ReportUnknownKeys();
                return each is null ? [] : [.. pools.Select(p => new PoolDraw(p, each.Value, perPool.LocationOf(QuizShape.PerPool)))];
        }
    }

    /// <summary>A list of '{ pool: name, count: n }'.</summary>
    public static List<PoolDraw> ReadList(YamlSequence list, DiagnosticBag diagnostics)
    {
        var draws = new List<PoolDraw>();
        foreach (var item in list.Items)
        {
            var entry = YamlObject.From(item, list.Location, "a draw ('pool:' and 'count:')", diagnostics, QuizShape.OnePoolDraw);
            var pool = entry?.String(QuizShape.DrawPool);
            var count = entry?.Int(QuizShape.DrawPoolCount);
            entry?.ReportUnknownKeys();
            if (pool is not null && count is not null)
            {
                draws.Add(new PoolDraw(pool, count.Value, entry!.LocationOf(QuizShape.DrawPool)));
            }
        }

        return draws;
    }
}
