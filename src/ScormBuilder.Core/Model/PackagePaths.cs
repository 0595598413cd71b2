using System.Text.RegularExpressions;

namespace ScormBuilder.Model;

/// <summary>
/// File names every LMS and machine copes with: ASCII letters, digits, '.', '-', '_' and '/', no spaces, no '..',
/// no name starting or ending with '.' (Windows drops a trailing dot, so 'img./x.png' would become 'img/x.png'), at
/// most <see cref="MaxLength"/> characters, no name Windows reserves for a device, and no two names (of files or
/// of folders) that differ only in case.
/// </summary>
public static partial class PackagePaths
{
    /// <summary>
    /// The longest path a package may hold: Windows' classic limit is 260 characters for the whole path, and the
    /// folder a learner or an LMS unpacks into takes some of them.
    /// </summary>
    public const int MaxLength = 200;

    public static bool IsClean(string path) =>
        CleanPath().IsMatch(path) && !path.Split('/').Any(segment => segment.Length == 0 || segment.StartsWith('.') || segment.EndsWith('.'));

    public const string Rule = "use only ASCII letters, digits, '.', '-' and '_' (no spaces), and no name starting or ending with '.'";

    /// <summary>
    /// Among <paramref name="path"/> and its folders, the first that <paramref name="seen"/> (folded path to its first
    /// spelling, filled as it goes) already holds spelled in another case, e.g. 'Sub' for 'sub/b.png' after
    /// 'Sub/a.png'; null when there is none.
    /// </summary>
    public static string? CaseClash(string path, Dictionary<string, string> seen)
    {
        var segments = path.Split('/');
        var prefixes = Enumerable.Range(1, segments.Length).Select(n => string.Join('/', segments[..n])).ToList();
        if (prefixes.Find(prefix => seen.TryGetValue(prefix, out var first) && first != prefix) is { } clash)
        {
            return seen[clash];
        }

        prefixes.ForEach(prefix => seen.TryAdd(prefix, prefix));
        return null;
    }

    /// <summary>
    /// The first part of <paramref name="path"/> that Windows reserves for a device ('CON', 'aux.png', 'Com1.txt'),
    /// or null. Windows refuses such a file in any folder, with any extension and in any case. COM0 and LPT0 are
/// reserved too; the superscript forms (COM¹) are not ASCII, so <see cref="IsClean"/> refuses them already.
    /// </summary>
    public static string? ReservedName(string path) =>
        path.Split('/').FirstOrDefault(segment => IsReserved(segment));

    /// <summary>Whether Windows reserves <paramref name="segment"/>, one part of a path, for a device: <see cref="ReservedName"/> for one part.</summary>
    public static bool IsReserved(ReadOnlySpan<char> segment) =>
        ReservedStem().IsMatch(segment.IndexOf('.') is var dot and >= 0 ? segment[..dot] : segment);

    /// <summary>The comparer under which two package paths are the same file on Windows and macOS.</summary>
    public static StringComparer CaseInsensitive => StringComparer.OrdinalIgnoreCase;

    [GeneratedRegex("^[A-Za-z0-9._/-]+$")]
    private static partial Regex CleanPath();

    [GeneratedRegex("^(?:CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])$", RegexOptions.IgnoreCase)]
    private static partial Regex ReservedStem();
}
