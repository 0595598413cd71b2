using System.Text.RegularExpressions;

namespace ScormBuilder.Model;

/// <summary>
/// File names every LMS and machine copes with: ASCII letters, digits, '.', '-', '_' and '/', no spaces, no '..',
/// no name Windows reserves for a device, and no two names that differ only in case.
/// </summary>
public static partial class PackagePaths
{
    public static bool IsClean(string path) =>
        CleanPath().IsMatch(path) && !path.Split('/').Any(segment => segment.Length == 0 || segment.StartsWith('.'));

    public const string Rule = "use only ASCII letters, digits, '.', '-' and '_' (no spaces), and no name starting with '.'";

    /// <summary>
    /// The first part of <paramref name="path"/> that Windows reserves for a device ('CON', 'aux.png', 'Com1.txt'),
    /// or null. Windows refuses such a file in any folder, with any extension and in any case.
    /// </summary>
    public static string? ReservedName(string path) =>
        path.Split('/').FirstOrDefault(segment => ReservedStem().IsMatch(segment.Split('.')[0]));

    /// <summary>The comparer under which two package paths are the same file on Windows and macOS.</summary>
    public static StringComparer CaseInsensitive => StringComparer.OrdinalIgnoreCase;

    [GeneratedRegex("^[A-Za-z0-9._/-]+$")]
    private static partial Regex CleanPath();

    [GeneratedRegex("^(?:CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])$", RegexOptions.IgnoreCase)]
    private static partial Regex ReservedStem();
}
