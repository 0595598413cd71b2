using ScormBuilder.Diagnostics;
using ScormBuilder.Kinds.Shared.Questions;
using ScormBuilder.Loading;

namespace ScormBuilder.Kinds.Quizzes;

/// <summary>Every draw names a pool that exists and takes from it at least one question and no more than it has.</summary>
internal static class DrawRules
{
    public static void Check(Quiz quiz, DiagnosticBag diagnostics)
    {
        var sizes = quiz.Questions.GroupBy(quiz.Draw.PoolOf, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var draw in quiz.Draw.Draws)
        {
            var available = draw.Pool is null ? quiz.Questions.Count : sizes.GetValueOrDefault(draw.Pool);
            if (draw.Pool is not null && !sizes.ContainsKey(draw.Pool))
            {
                diagnostics.Report(ValidationDiagnostics.UnknownPool, draw.Location,
                    $"The draw names pool '{draw.Pool}', which no question is in.{Suggest.DidYouMean(draw.Pool, sizes.Keys)} Pools: {string.Join(", ", sizes.Keys)}.");
            }
            else if (draw.Count == 0)
            {
                diagnostics.Report(ValidationDiagnostics.DrawOutOfRange, draw.Location,
                    $"The draw takes 0 questions{Of(draw)}. Draw at least one, or leave the pool out.");
            }
            else if (draw.Pool is null && draw.Count > available)
            {
                diagnostics.Report(ValidationDiagnostics.DrawOutOfRange, draw.Location,
                    $"The draw takes {draw.Count} questions but the quiz has {available}. Draw at most {available}, or add questions.");
            }
            else if (draw.Count > available)
            {
                diagnostics.Report(ValidationDiagnostics.PoolSmallerThanDraw, draw.Location,
                    $"The draw takes {draw.Count} questions from pool '{draw.Pool}', which has {available}. Draw at most {available}, or add questions to the pool.");
            }
        }

        var drawn = quiz.Draw.Draws.Select(d => d.Pool).ToHashSet();
        if (drawn.Count == 0 || drawn.Contains(null))
        {
            return;
        }

        foreach (var question in quiz.Questions.Where(q => !drawn.Contains(quiz.Draw.PoolOf(q))).GroupBy(quiz.Draw.PoolOf).Select(g => g.First()))
        {
            diagnostics.Report(ValidationDiagnostics.PoolNeverDrawn, question.Location,
                $"Question '{question.Id}' is in pool '{quiz.Draw.PoolOf(question)}', which the draw never takes from, so no learner sees it. Add the pool to 'draw:'.");
        }
    }

    private static string Of(PoolDraw draw) => draw.Pool is null ? "" : $" from pool '{draw.Pool}'";
}
