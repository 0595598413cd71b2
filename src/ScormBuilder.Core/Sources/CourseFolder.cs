using ScormBuilder.Diagnostics;
using ScormBuilder.Model;

namespace ScormBuilder.Sources;

/// <summary>
/// The course's root folder, a sandbox. Turns the paths authors write into clean course-relative paths
/// ('sessions/01-intro.md'), refuses any that would leave the folder, and opens files only through
/// <see cref="SandboxWalk"/>. The media files it opens for the package (<see cref="Hold"/>) stay open until it is
/// disposed, so the package is made from the very handles that were checked.
/// </summary>
internal sealed class CourseFolder : IDisposable
{
    private readonly string _displayRoot;
    private readonly string _name;
    private readonly Dictionary<string, SourceFile?> _held = new(StringComparer.Ordinal);
    private readonly PathSpelling _spelling;

    /// <param name="path">The folder.</param>
    /// <param name="name">What diagnostics call it: "course folder", "templates folder".</param>
    public CourseFolder(string path, string name = "course folder")
    {
        FullPath = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        _displayRoot = path.Replace('\\', '/').TrimEnd('/');
        _name = name;
        _spelling = new PathSpelling(FullPath);
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
    public SourceFile? OpenRead(string relativePath, SourceLocation reportAt, string subject, DiagnosticBag diagnostics)
    {
        try
        {
            return Open(relativePath);
        }
        catch (PathEscapesException e)
        {
            diagnostics.Report(LoadingDiagnostics.PathEscapesCourse, reportAt, e.Loop
                ? $"{Capitalise(subject)} is reached through more than {SandboxWalk.MaxLinks} symbolic links, a loop. Replace the links with a copy of the file."
                : $"{Capitalise(subject)} is a symbolic link that leads outside the {_name}. Replace the link with a copy of the file.");
        }
        catch (NotRegularFileException e)
        {
            diagnostics.Report(LoadingDiagnostics.NotRegularFile, reportAt,
                $"{Capitalise(subject)} is {e.Kind}, not a regular file. The build reads only regular files: put the file itself here.");
        }
        catch (FileNotFoundException)
        {
            diagnostics.Report(LoadingDiagnostics.FileNotFound, reportAt, $"{Capitalise(subject)} does not exist. Create it, or fix the path that names it.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(LoadingDiagnostics.FileUnreadable, reportAt,
                $"Cannot read {subject} ({e.Message.TrimEnd('.')}). Check that it exists and that you may read it.");
        }

        return null;
    }

    /// <summary>
    /// Like <see cref="OpenRead"/>, but the file stays open, held by this folder (<see cref="Held"/>), until the
    /// folder is disposed. Each path is opened once.
    /// </summary>
    public SourceFile? Hold(string relativePath, SourceLocation reportAt, string subject, DiagnosticBag diagnostics)
    {
        if (!_held.TryGetValue(relativePath, out var file))
        {
            _held[relativePath] = file = OpenRead(relativePath, reportAt, subject, diagnostics);
        }

        return file;
    }

    /// <summary>Every file <see cref="Hold"/> opened, by course-relative path: the media of the package.</summary>
    public IEnumerable<KeyValuePair<string, SourceFile>> Held =>
        _held.Where(held => held.Value is not null).Select(held => KeyValuePair.Create(held.Key, held.Value!));

    public void Dispose()
    {
        foreach (var file in _held.Values)
        {
            file?.Dispose();
        }

        _held.Clear();
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
            diagnostics.Report(LoadingDiagnostics.FileUnreadable, new SourceLocation(DisplayPath(relativeFolder)),
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
        if (Path.IsPathRooted(reference) || reference.StartsWith('\\') || reference.Contains(':') || reference.Any(char.IsControl))
        {
            diagnostics.Report(LoadingDiagnostics.PathEscapesCourse, location,
                $"'{DiagnosticText.Quote(reference)}' is not a relative path. Write paths relative to this file with '/', e.g. '../media/figure.png'.");
            return null;
        }

        if (reference.Contains('\\'))
        {
            diagnostics.Report(LoadingDiagnostics.PathEscapesCourse, location,
                $"'{DiagnosticText.Quote(reference)}' separates folders with '\\'. Write '{DiagnosticText.Quote(reference.Replace('\\', '/'))}': " +
                "paths in a course use '/', on Windows too, so that the course builds the same on every computer.");
            return null;
        }

        if (PathSpelling.Named(fromFile, reference) is { } named && !IsPortable(named, location, diagnostics))
        {
            return null;
        }

        var directory = Path.GetDirectoryName(AbsolutePath(fromFile))!;
        var full = Path.GetFullPath(Path.Combine(directory, reference));
        if (!IsInside(full))
        {
            diagnostics.Report(LoadingDiagnostics.PathEscapesCourse, location,
                $"'{DiagnosticText.Quote(reference)}' points outside the course folder. Copy the file into the course (e.g. into media/) and link to that copy.");
            return null;
        }

        var relative = Path.GetRelativePath(FullPath, full).Replace('\\', '/');
        if (LeadsOutside(relative))
        {
            diagnostics.Report(LoadingDiagnostics.PathEscapesCourse, location,
                $"'{DiagnosticText.Quote(reference)}' is a symbolic link to a file outside the course folder. Copy the file into the course instead.");
            return null;
        }

        if (_spelling.OnDisk(relative) is { } onDisk)
        {
            diagnostics.Report(LoadingDiagnostics.PathCaseMismatch, location,
                $"'{DiagnosticText.Quote(reference)}' names '{DiagnosticText.Quote(onDisk)}' with other capitals. Write '{DiagnosticText.Quote(PathSpelling.Respell(reference, relative, onDisk))}', " +
                "as the file is named: Windows and macOS ignore the difference, Linux does not, and the course must build the same on every computer.");
            return null;
        }

        return relative;
    }

    // Windows opens a device for 'con.png' in any folder and reads 'x.png.' as 'x.png': refused before any of it is opened.
    private static bool IsPortable(string named, SourceLocation location, DiagnosticBag diagnostics)
    {
        if (PackagePaths.ReservedName(named) is { } reserved)
        {
            diagnostics.Report(PackagingDiagnostics.ReservedFileName, location,
                $"'{DiagnosticText.Quote(named)}' uses '{DiagnosticText.Quote(reserved)}', a name Windows reserves for a device: learners on Windows could not unpack it. Rename the file.");
            return false;
        }

        if (named.Split('/').FirstOrDefault(segment => segment.EndsWith('.') || segment.EndsWith(' ')) is { } trailing)
        {
            diagnostics.Report(PackagingDiagnostics.InvalidPackagePath, location,
                $"'{DiagnosticText.Quote(named)}' has a name ending with {(trailing.EndsWith('.') ? "'.'" : "a space")}, which Windows drops, so there it " +
                "would name another file. Rename the file without it, and write the path that way.");
            return false;
        }

        return true;
    }

    private bool IsInside(string fullPath) =>
        fullPath.StartsWith(FullPath + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private SourceFile Open(string relativePath)
    {
        if (!OperatingSystem.IsWindows())
        {
            return SandboxWalk.Open(FullPath, relativePath);
        }

        var full = Path.GetFullPath(AbsolutePath(relativePath));
        return !IsInside(full) || LinksOutside(full) ? throw new PathEscapesException(loop: false) : RegularFile.Open(full);
    }

    // A reference to a file that cannot be opened is reported where it is opened; here only a way out counts.
    private bool LeadsOutside(string relativePath)
    {
        try
        {
            Open(relativePath).Dispose();
            return false;
        }
        catch (PathEscapesException)
        {
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    // Windows only: there the sandbox checks the path, link by link, before it opens it.
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
