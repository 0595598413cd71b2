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
    /// Opens a course file through the sandbox: a regular file inside the folder, reached by no link that leaves
    /// it, opened without ever blocking. Reports at <paramref name="reportAt"/> and returns null otherwise.
    /// <paramref name="subject"/> names the file in the message: "the file", "the media file 'media/x.png'".
    /// </summary>
    public FileStream? OpenRead(string relativePath, SourceLocation reportAt, string subject, DiagnosticBag diagnostics)
    {
        var full = Path.GetFullPath(AbsolutePath(relativePath));
        if (!IsInside(full) || LinksOutside(full))
        {
            diagnostics.Error(DiagnosticCodes.PathEscapesCourse, reportAt,
                $"{Capitalise(subject)} is a symbolic link that leads outside the course folder. Replace the link with a copy of the file.");
            return null;
        }

        try
        {
            return RegularFile.OpenRead(full);
        }
        catch (NotRegularFileException e)
        {
            diagnostics.Error(DiagnosticCodes.NotRegularFile, reportAt,
                $"{Capitalise(subject)} is {e.Kind}, not a regular file. The build reads only regular files: put the file itself here.");
        }
        catch (FileNotFoundException)
        {
            diagnostics.Error(DiagnosticCodes.FileNotFound, reportAt, $"{Capitalise(subject)} does not exist. Create it, or fix the path that names it.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.FileUnreadable, reportAt,
                $"Cannot read {subject} ({e.Message.TrimEnd('.')}). Check that it exists and that you may read it.");
        }

        return null;
    }

    /// <summary>
    /// The files directly in a course folder whose names match <paramref name="pattern"/>, in ordinal order; an
    /// unreadable folder is reported and lists nothing.
    /// </summary>
    public IReadOnlyList<string> FilesIn(string relativeFolder, string pattern, DiagnosticBag diagnostics)
    {
        var directory = AbsolutePath(relativeFolder);
        try
        {
            return Directory.Exists(directory)
                ? [.. Directory.EnumerateFiles(directory, pattern).Select(Path.GetFileName).Order(StringComparer.Ordinal)!]
                : [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.FileUnreadable, new SourceLocation(DisplayPath(relativeFolder)),
                $"Cannot read the folder ({e.Message.TrimEnd('.')}). Check that you may read and open it.");
            return [];
        }
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>
    /// Resolves <paramref name="reference"/>, written in the file <paramref name="fromFile"/> (course-relative),
    /// to a course-relative path. Reports and returns null for absolute paths and paths outside the course.
    /// </summary>
    public string? Resolve(string fromFile, string reference, SourceLocation location, DiagnosticBag diagnostics)
    {
        if (Path.IsPathRooted(reference) || reference.Contains('\\') || reference.Contains(':') || reference.Any(char.IsControl))
        {
            diagnostics.Error(DiagnosticCodes.PathEscapesCourse, location,
                $"'{DiagnosticText.Quote(reference)}' is not a relative path. Write paths relative to this file with '/', e.g. '../media/figure.png'.");
            return null;
        }

        var directory = Path.GetDirectoryName(AbsolutePath(fromFile))!;
        var full = Path.GetFullPath(Path.Combine(directory, reference));
        if (!IsInside(full))
        {
            diagnostics.Error(DiagnosticCodes.PathEscapesCourse, location,
                $"'{DiagnosticText.Quote(reference)}' points outside the course folder. Copy the file into the course (e.g. into media/) and link to that copy.");
            return null;
        }

        if (LinksOutside(full))
        {
            diagnostics.Error(DiagnosticCodes.PathEscapesCourse, location,
                $"'{DiagnosticText.Quote(reference)}' is a symbolic link to a file outside the course folder. Copy the file into the course instead.");
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
