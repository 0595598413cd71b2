namespace ScormBuilder.Inspection;

/// <summary>
/// Entry names that differ from an earlier name or folder only in case ("Media/b.png" after "media/a.png"), each with
/// the earlier spelling. The names are held as a tree of folders, so each name costs its own length however deep it
/// goes: comparing each folder's whole path, as a course's own few files can afford, costs a hostile zip of 100,000
/// names 135 folders deep the square of that.
/// </summary>
internal sealed class CaseClashes
{
    private readonly Dictionary<(int Parent, string Segment), int> _exact = [];
    private readonly Dictionary<(int Parent, string Segment), int> _folded = [];
    private readonly List<(int Parent, string Segment)> _nodes = [];

    /// <summary>"name' and 'first" for each name whose path, or a folder on it, was first spelled in another case.</summary>
    public static List<string> In(IEnumerable<string> names)
    {
        var clashes = new CaseClashes();
        return [.. names.Select(n => n.TrimEnd('/')).Where(n => n.Length > 0)
            .Select(n => (Name: n, First: clashes.Add(n))).Where(p => p.First is not null)
            .Select(p => $"{p.Name}' and '{p.First}").Distinct()];
    }

    /// <summary>Adds <paramref name="name"/>, or returns the earlier spelling of the first part of it that clashes.</summary>
    private string? Add(string name)
    {
        // Every part kept is the first of its spelling ignoring case (a clash is not kept), so one parent serves both keys.
        var parent = -1;
        foreach (var segment in name.Split('/'))
        {
            if (!_exact.TryGetValue((parent, segment), out var node))
            {
                var foldedKey = (parent, segment.ToUpperInvariant());
                if (_folded.TryGetValue(foldedKey, out var first))
                {
                    // Only a new part can clash, and nothing below it is new to compare: the name stops here.
                    return PathOf(first);
                }

                node = _nodes.Count;
                _nodes.Add((parent, segment));
                _exact.Add((parent, segment), node);
                _folded.Add(foldedKey, node);
            }

            parent = node;
        }

        return null;
    }

    private string PathOf(int node)
    {
        var segments = new List<string>();
        for (; node >= 0; node = _nodes[node].Parent)
        {
            segments.Add(_nodes[node].Segment);
        }

        segments.Reverse();
        return string.Join('/', segments);
    }
}
