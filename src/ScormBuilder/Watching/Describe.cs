namespace ScormBuilder.Cli.Watching;

/// <summary>Short, human names for folders and changed files in what watch mode prints.</summary>
internal static class Describe
{
    public static string Folder(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path).Replace('\\', '/');
        return relative.StartsWith("../../", StringComparison.Ordinal) ? path.Replace('\\', '/') + "/" : relative + "/";
    }

    /// <summary>"course/ and templates/", leaving out the templates built into the tool, which authors never edit.</summary>
    public static string WatchedFolders(string course, string templates) =>
        IsBuiltIn(templates) ? Folder(course) : $"{Folder(course)} and {Folder(templates)}";

    public static bool IsBuiltIn(string templates) =>
        Path.GetFullPath(templates).StartsWith(Path.GetFullPath(AppContext.BaseDirectory), StringComparison.Ordinal);

    /// <summary>"sessions/01-intro.md changed", or "3 files changed", relative to the folder they are in.</summary>
    public static string Changes(IReadOnlyList<string> changes, params string[] roots)
    {
        if (changes.Count != 1)
        {
            return $"{changes.Count} files changed";
        }

        var change = changes[0];
        var root = roots.Select(r => Path.TrimEndingDirectorySeparator(Path.GetFullPath(r)) + Path.DirectorySeparatorChar)
            .FirstOrDefault(r => change.StartsWith(r, StringComparison.Ordinal));
        return (root is null ? change : change[root.Length..]).Replace('\\', '/') + " changed";
    }
}
