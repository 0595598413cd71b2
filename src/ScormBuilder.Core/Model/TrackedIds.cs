namespace ScormBuilder.Model;

/// <summary>The ids learners' saved progress refers to, in the order tracking.lock lists them.</summary>
public static class TrackedIds
{
    /// <summary>
    /// Every part, then what each kind tracks inside its parts, kind by kind in the compiler's order, then the
    /// blocks inside bodies (knowledge checks) in course order.
    /// </summary>
    public static IEnumerable<TrackedId> Of(Course course, IReadOnlyList<string> kindOrder) =>
        course.Parts.Select(p => new TrackedId("part", p.Id)).Concat(
            course.Parts.OrderBy(p => IndexOf(kindOrder, p.Kind)).SelectMany(p => p.TrackedIds)).Concat(
            course.Parts.SelectMany(p => p.Bodies).SelectMany(b => b.Blocks).SelectMany(b => b.TrackedIds));

    private static int IndexOf(IReadOnlyList<string> kinds, string kind)
    {
        for (var i = 0; i < kinds.Count; i++)
        {
            if (kinds[i] == kind)
            {
                return i;
            }
        }

        return kinds.Count;
    }
}
