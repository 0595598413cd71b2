namespace ScormBuilder.Inspection;

/// <summary>
/// Entry names that differ from an earlier name or folder only in case ("Media/b.png" after "media/a.png"), each with
/// the earlier spelling. The names are held as a tree of folders, each part looked up as a span among its folder's
/// children ignoring case, so a name costs its own length however deep it goes and only a part not seen before
/// becomes a string: comparing each folder's whole path, as a course's own few files can afford, costs a hostile zip
/// of 100,000 names 135 folders deep the square of that.
/// </summary>
internal sealed class CaseClashes
{
    private readonly List<(int Parent, string Segment, Dictionary<string, int>? Children)> _nodes = [];
    private readonly Dictionary<string, int> _roots = new(StringComparer.OrdinalIgnoreCase);

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
        var span = name.AsSpan();
        var parent = -1;
        foreach (var part in span.Split('/'))
        {
            var segment = span[part];
            var children = parent < 0 ? _roots : _nodes[parent].Children ?? NewChildren(parent);
            if (children.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(segment, out var node))
            {
                if (!segment.SequenceEqual(_nodes[node].Segment))
                {
                    // Only the first part spelled anew can clash; nothing after it is kept, as a clash is not.
                    return PathOf(node);
                }
            }
            else
            {
                node = _nodes.Count;
                var text = segment.ToString();
                _nodes.Add((parent, text, null));
                children.Add(text, node);
            }

            parent = node;
        }

        return null;
    }

    private Dictionary<string, int> NewChildren(int node)
    {
        var children = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        _nodes[node] = _nodes[node] with { Children = children };
        return children;
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
