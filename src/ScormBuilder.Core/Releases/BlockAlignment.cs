namespace ScormBuilder.Releases;

/// <summary>
/// Lines up a part's text blocks before and after a release: equal blocks anchor (longest common subsequence),
/// and between two anchors a removed block and an added one that share most of their words are one reworded
/// block, so that a changed sentence reads as reworded, not as removed plus added.
/// </summary>
internal static class BlockAlignment
{
    /// <summary>How much of their words two blocks share (Dice's coefficient) to count as one block reworded.</summary>
    public const double RewordedAtLeast = 0.5;

    /// <summary>The pairs in page order: (before, after), either null for a block added or removed; equal pairs left out.</summary>
    public static IEnumerable<(string? Before, string? After)> Align(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        var anchors = CommonSubsequence(before, after);
        var (i, j) = (0, 0);
        foreach (var (anchorBefore, anchorAfter) in anchors.Append((before.Count, after.Count)))
        {
            foreach (var pair in Gap(before.Skip(i).Take(anchorBefore - i).ToList(), after.Skip(j).Take(anchorAfter - j).ToList()))
            {
                yield return pair;
            }

            (i, j) = (anchorBefore + 1, anchorAfter + 1);
        }
    }

    /// <summary>Dice's coefficient over the blocks' words (as multisets, case-insensitive).</summary>
    public static double Similarity(string a, string b)
    {
        var left = Words(a);
        var right = Words(b);
        if (left.Count + right.Count == 0)
        {
            return 1;
        }

        var counts = left.GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count());
        var common = 0;
        foreach (var word in right)
        {
            if (counts.TryGetValue(word, out var n) && n > 0)
            {
                counts[word] = n - 1;
                common++;
            }
        }

        return 2.0 * common / (left.Count + right.Count);
    }

    private static List<string> Words(string text) =>
        [.. text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('.', ',', ';', ':', '!', '?', '"', '(', ')'))];

    // In order: each removed block takes the first added block after the last one taken that is similar enough.
    private static IEnumerable<(string?, string?)> Gap(List<string> removed, List<string> added)
    {
        var next = 0;
        foreach (var block in removed)
        {
            var match = added.FindIndex(next, a => Similarity(block, a) >= RewordedAtLeast);
            if (match < 0)
            {
                yield return (block, null);
                continue;
            }

            for (; next < match; next++)
            {
                yield return (null, added[next]);
            }

            yield return (block, added[match]);
            next = match + 1;
        }

        for (; next < added.Count; next++)
        {
            yield return (null, added[next]);
        }
    }

    private static List<(int, int)> CommonSubsequence(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var lengths = new int[a.Count + 1, b.Count + 1];
        for (var i = a.Count - 1; i >= 0; i--)
        {
            for (var j = b.Count - 1; j >= 0; j--)
            {
                lengths[i, j] = a[i] == b[j] ? lengths[i + 1, j + 1] + 1 : Math.Max(lengths[i + 1, j], lengths[i, j + 1]);
            }
        }

        var pairs = new List<(int, int)>();
        var (x, y) = (0, 0);
        while (x < a.Count && y < b.Count)
        {
            if (a[x] == b[y])
            {
                pairs.Add((x++, y++));
            }
            else if (lengths[x + 1, y] >= lengths[x, y + 1])
            {
                x++;
            }
            else
            {
                y++;
            }
        }

        return pairs;
    }
}
