namespace ScormBuilder.Sources;

/// <summary>
/// How a path written in the course is spelled, judged the same way on every system. Windows and macOS find
/// 'Media/Diagram.png' when the file is 'media/diagram.png', and Windows reads a name through its own rules (a
/// device for 'con.png', 'x.png' for 'x.png.'); Linux does neither. Without these checks a course could build on an
/// author's laptop and fail in CI, or build to a different zip.
/// </summary>
internal sealed class PathSpelling(string root)
{
    private readonly Dictionary<string, Listing?> _listings = new(StringComparer.Ordinal);

    /// <summary>
    /// The course-relative path that <paramref name="reference"/>, written in <paramref name="fromFile"/>, names,
    /// worked out from the text alone (no call to the system, whose rules differ); null when it climbs out of the course.
    /// </summary>
    public static string? Named(string fromFile, string reference)
    {
        var segments = new List<string>(fromFile.Split('/')[..^1]);
        foreach (var segment in reference.Split('/'))
        {
            if (segment == "..")
            {
                if (segments.Count == 0)
                {
                    return null;
                }

                segments.RemoveAt(segments.Count - 1);
            }
            else if (segment is not ("" or "."))
            {
                segments.Add(segment);
            }
        }

        return string.Join('/', segments);
    }

    /// <summary>
    /// The spelling in the folder of <paramref name="relative"/> when that differs from it only in case; null when it
    /// is spelled as on disk, or is not there at all (which is reported where the file is opened).
    /// </summary>
    public string? OnDisk(string relative)
    {
        var directory = root;
        var spelled = new List<string>();
        foreach (var segment in relative.Split('/'))
        {
            var listing = ListingOf(directory);
            if (listing is null)
            {
                return null;
            }

            if (listing.Exact.Contains(segment))
            {
                spelled.Add(segment);
            }
            else if (listing.Folded.TryGetValue(segment, out var other))
            {
                spelled.Add(other);
            }
            else
            {
                return null;
            }

            directory = Path.Combine(directory, spelled[^1]);
        }

        var onDisk = string.Join('/', spelled);
        return onDisk == relative ? null : onDisk;
    }

    /// <summary><paramref name="reference"/> with the names it shares with <paramref name="relative"/> spelled as in <paramref name="onDisk"/>.</summary>
    public static string Respell(string reference, string relative, string onDisk)
    {
        var written = reference.Split('/');
        var named = relative.Split('/');
        var actual = onDisk.Split('/');
        for (int i = written.Length - 1, j = named.Length - 1; i >= 0 && j >= 0 && written[i].Equals(named[j], StringComparison.OrdinalIgnoreCase); i--, j--)
        {
            written[i] = actual[j];
        }

        return string.Join('/', written);
    }

    private Listing? ListingOf(string directory)
    {
        if (!_listings.TryGetValue(directory, out var listing))
        {
            try
            {
                var names = Directory.EnumerateFileSystemEntries(directory).Select(Path.GetFileName).OfType<string>().ToList();
                var folded = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                foreach (var name in names.Order(StringComparer.Ordinal))
                {
                    folded.TryAdd(name, name);
                }

                listing = new Listing(names.ToHashSet(StringComparer.Ordinal), folded);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                listing = null;
            }

            _listings[directory] = listing;
        }

        return listing;
    }

    private sealed record Listing(HashSet<string> Exact, Dictionary<string, string> Folded);
}
