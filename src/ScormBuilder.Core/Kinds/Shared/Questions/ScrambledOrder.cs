namespace ScormBuilder.Kinds.Shared.Questions;

/// <summary>
/// The order an ordering question first shows its items in: scrambled, never the correct order, and the same on
/// every build and every visit, because it comes from the question's id alone.
/// </summary>
public static class ScrambledOrder
{
    public static IReadOnlyList<T> Of<T>(string questionId, IReadOnlyList<T> correct)
    {
        var order = correct.ToList();
        if (order.Count < 2)
        {
            return order;
        }

        // FNV-1a of the id seeds xorshift32, then Fisher–Yates: stable across runtimes, unlike string.GetHashCode.
        var seed = 2166136261u;
        foreach (var c in questionId)
        {
            seed = (seed ^ c) * 16777619u;
        }

        var state = seed == 0 ? 1u : seed;
        for (var i = order.Count - 1; i > 0; i--)
        {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            var j = (int)(state % (uint)(i + 1));
            (order[i], order[j]) = (order[j], order[i]);
        }

        // A shuffle may land on the answer; moving the first item to the end never does.
        if (order.SequenceEqual(correct))
        {
            order.Add(order[0]);
            order.RemoveAt(0);
        }

        return order;
    }
}
