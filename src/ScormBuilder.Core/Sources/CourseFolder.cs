using ScormBuilder.Diagnostics;

namespace ScormBuilder.Sources;

/// <summary>
/// The course's root folder. Turns the paths authors write into clean course-relative paths
/// ('sessions/01-intro.md'), and refuses any that would leave the folder.
/// </summary>
internal sealed class CourseFolder
{
    private readonly string _displayRoot;

    public CourseFolder(string path)
    {
        FullPath = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        _displayRoot = path.Replace('\\', '/').TrimEnd('/');
    }

    public string FullPath { get; }

    /// <summary>The path diagnostics print: the course folder as the user named it, then the relative path.</summary>
    public string DisplayPath(string relativePath) => (_displayRoot, relativePath) switch
    {
        ("" or ".", _) => relativePath,
        (_, "") => _displayRoot,
        _ => $"{_displayRoot}/{relativePath}",
    };

    public string AbsolutePath(string relativePath) => Path.Combine(FullPath, relativePath);

    public bool Exists(string relativePath) => File.Exists(AbsolutePath(relativePath));

    /// <summary>
    /// Resolves <paramref name="reference"/>, written in the file <paramref name="fromFile"/> (course-relative),
    /// to a course-relative path. Reports and returns null for absolute paths and paths outside the course.
    /// </summary>
    public string? Resolve(string fromFile, string reference, SourceLocation location, DiagnosticBag diagnostics)
    {
        if (Path.IsPathRooted(reference) || reference.Contains('\\') || reference.Contains(':') || reference.Any(char.IsControl))
        {
            diagnostics.Error(DiagnosticCodes.PathEscapesCourse, location,
                $"'{reference}' is not a relative path. Write paths relative to this file with '/', e.g. '../media/figure.png'.");
            return null;
        }

        var directory = Path.GetDirectoryName(AbsolutePath(fromFile))!;
        var full = Path.GetFullPath(Path.Combine(directory, reference));
        if (!IsInside(full))
        {
            diagnostics.Error(DiagnosticCodes.PathEscapesCourse, location,
                $"'{reference}' points outside the course folder. Copy the file into the course (e.g. into media/) and link to that copy.");
            return null;
        }

        if (LinksOutside(full))
        {
            diagnostics.Error(DiagnosticCodes.PathEscapesCourse, location,
                $"'{reference}' is a symbolic link to a file outside the course folder. Copy the file into the course instead.");
            return null;
        }

        return Path.GetRelativePath(FullPath, full).Replace('\\', '/');
    }

    private bool IsInside(string fullPath) =>
        fullPath.StartsWith(FullPath + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private bool LinksOutside(string fullPath)
    {
        try
        {
            // Walk every folder on the way too: a linked folder can lead out as well as a linked file.
            for (var path = fullPath; IsInside(path); path = Path.GetDirectoryName(path)!)
            {
                FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
                if (info.LinkTarget is not null &&
                    info.ResolveLinkTarget(returnFinalTarget: true) is { } target &&
                    !IsInside(target.FullName))
                {
                    return true;
                }
            }
        }
        catch (IOException)
        {
            return true; // a link loop: treat as unsafe
        }

        return false;
    }
}
