namespace ScormBuilder.Inspection;

/// <summary>
/// Which tool made a package, told only by files each tool's export is known to hold; "unknown" when none match,
/// never a guess from a single common name such as index.html.
/// </summary>
internal static class ToolMarkers
{
    public const string Unknown = "unknown";

    // Each tool is named only when every one of its marker paths is in the zip (a path ending '/' is a folder).
    private static readonly (string Tool, string[] Markers)[] s_tools =
    [
        ("Articulate Storyline", ["story.html", "story_content/"]),
        ("Articulate Rise", ["scormcontent/index.html", "scormdriver/indexAPI.html"]),
        ("Adapt", ["adapt/js/adapt.min.js", "course/config.json"]),
        ("ScormBuilder", ["assets/runtime.js", "assets/course.css", "imsmd_rootv1p2p1.xsd"]),
    ];

    /// <summary>The tool and the files that tell it, e.g. "Adapt (adapt/js/adapt.min.js, course/config.json)", or <see cref="Unknown"/>.</summary>
    public static string Tell(IEnumerable<string> names)
    {
        var present = names.ToHashSet(StringComparer.Ordinal);
        var match = s_tools.FirstOrDefault(t => t.Markers.All(m => m.EndsWith('/') ? HasFolder(present, m) : present.Contains(m)));
        return match.Tool is null ? Unknown : $"{match.Tool} ({string.Join(", ", match.Markers)})";
    }

    // A scan per folder marker, not a set of every folder: listing each name's folders costs a deep name the square of its length.
    private static bool HasFolder(HashSet<string> names, string folder) => names.Any(n => n.StartsWith(folder, StringComparison.Ordinal));
}
