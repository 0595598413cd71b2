using System.Text.RegularExpressions;

namespace ScormBuilder.Model;

/// <summary>File names every LMS copes with: ASCII letters, digits, '.', '-', '_' and '/', no spaces, no '..'.</summary>
public static partial class PackagePaths
{
    public static bool IsClean(string path) =>
        CleanPath().IsMatch(path) && !path.Split('/').Any(segment => segment.Length == 0 || segment.StartsWith('.'));

    public const string Rule = "use only ASCII letters, digits, '.', '-' and '_' (no spaces), and no name starting with '.'";

    [GeneratedRegex("^[A-Za-z0-9._/-]+$")]
    private static partial Regex CleanPath();
}
