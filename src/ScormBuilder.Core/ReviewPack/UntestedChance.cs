using System.Numerics;
using ScormBuilder.Kinds.Quizzes;

namespace ScormBuilder.ReviewPack;

/// <summary>
/// The exact chance that one attempt's draw asks no question on an outcome. It follows templates/runtime/draw.js:
/// each draw in turn takes its count uniformly from the questions of its pool (every pool, for a draw that names
/// none) not yet taken. Given that no question on the outcome has been taken, all that matters is how many of the
/// others are left in each pool; the chance is summed over those states, as fractions, so it is exact.
/// </summary>
internal static class UntestedChance
{
    public static Fraction Of(Quiz quiz, IReadOnlySet<string> questionsOnOutcome)
    {
        if (quiz.Draw.Cover is { Outcomes: true })
        {
            return Fraction.Zero;
        }

        var pools = quiz.Questions.Select(quiz.Draw.PoolOf).Distinct(StringComparer.Ordinal).ToList();
        var onOutcome = pools.Select(p => quiz.Questions.Count(q => quiz.Draw.PoolOf(q) == p && questionsOnOutcome.Contains(q.Id))).ToArray();
        var others = pools.Select((p, i) => quiz.Questions.Count(q => quiz.Draw.PoolOf(q) == p) - onOutcome[i]).ToArray();
        var draws = quiz.Draw.Draws.Count == 0 ? [new PoolDraw(null, quiz.Questions.Count, quiz.IdLocation)] : quiz.Draw.Draws;

        // Each state: how many questions not on the outcome are left in each pool, and the chance of reaching it
        // with no question on the outcome taken.
        var states = new Dictionary<string, (int[] Left, Fraction Chance)> { [Key(others)] = (others, Fraction.One) };
        foreach (var draw in draws)
        {
            var next = new Dictionary<string, (int[] Left, Fraction Chance)>();
            foreach (var (left, chance) in states.Values)
            {
                foreach (var (after, step) in Steps(draw, pools, left, onOutcome))
                {
                    var key = Key(after);
                    next[key] = next.TryGetValue(key, out var known) ? (after, known.Chance + chance * step) : (after, chance * step);
                }
            }

            states = next;
        }

        return states.Values.Aggregate(Fraction.Zero, (sum, s) => sum + s.Chance);
    }

    // Every way the draw can take only questions not on the outcome, with its chance.
    private static IEnumerable<(int[] After, Fraction Chance)> Steps(PoolDraw draw, List<string> pools, int[] left, int[] onOutcome)
    {
        if (draw.Pool is not null)
        {
            var index = pools.IndexOf(draw.Pool);
            if (index < 0 || left[index] < draw.Count)
            {
                yield break;
            }

            var after = (int[])left.Clone();
            after[index] -= draw.Count;
            yield return (after, new Fraction(Choose(left[index], draw.Count), Choose(left[index] + onOutcome[index], draw.Count)));
            yield break;
        }

        var all = Choose(left.Sum() + onOutcome.Sum(), draw.Count);
        foreach (var taken in Splits(left, 0, draw.Count))
        {
            var ways = taken.Select((t, i) => Choose(left[i], t)).Aggregate(BigInteger.One, (a, b) => a * b);
            yield return ([.. left.Select((l, i) => l - taken[i])], new Fraction(ways, all));
        }
    }

    // Every way to take `count` questions across the pools, no more from a pool than it has left.
    private static IEnumerable<int[]> Splits(int[] left, int from, int count)
    {
        if (from == left.Length)
        {
            if (count == 0)
            {
                yield return new int[left.Length];
            }

            yield break;
        }

        for (var take = 0; take <= Math.Min(count, left[from]); take++)
        {
            foreach (var rest in Splits(left, from + 1, count - take))
            {
                rest[from] = take;
                yield return rest;
            }
        }
    }

    private static string Key(int[] left) => string.Join(',', left);

    public static BigInteger Choose(int n, int k)
    {
        if (k < 0 || k > n)
        {
            return BigInteger.Zero;
        }

        var result = BigInteger.One;
        for (var i = 1; i <= k; i++)
        {
            result = result * (n - k + i) / i;
        }

        return result;
    }
}
