using ScormBuilder.Diagnostics;
using ScormBuilder.Model;
using ScormBuilder.Sources;

namespace ScormBuilder.Loading;

/// <summary>
/// Checks that every file the course names is there, of a type a package may carry, cleanly named for every LMS
/// and machine, a regular file the sandbox lets the build read, and holding what its extension says
/// (<see cref="MediaContent"/>).
/// </summary>
internal static class MediaFiles
{
    public static void Check(Course course, CourseFolder folder, DiagnosticBag diagnostics)
    {
        var opened = new HashSet<string>(StringComparer.Ordinal);
        var byFoldedPath = new Dictionary<string, string>(PackagePaths.CaseInsensitive);
        foreach (var (path, location) in course.MediaReferences)
        {
            if (!MediaTypes.IsSupported(path))
            {
                diagnostics.Report(ValidationDiagnostics.UnsupportedMediaType, location,
                    $"'{DiagnosticText.Quote(path)}' is not a media type the package can carry. Use one of: {string.Join(" ", MediaTypes.Extensions)}.");
            }
            else if (!PackagePaths.IsClean(path))
            {
                diagnostics.Report(PackagingDiagnostics.InvalidPackagePath, location,
                    $"'{DiagnosticText.Quote(path)}' cannot go into the package as it is named: {PackagePaths.Rule}. Rename the file.");
            }
            else if (path.Length > PackagePaths.MaxLength)
            {
                diagnostics.Report(PackagingDiagnostics.InvalidPackagePath, location,
                    $"'{path[..40]}…' is {path.Length} characters long; a path in the package may have at most {PackagePaths.MaxLength}, or Windows cannot unpack it. Use shorter folder and file names.");
            }
            else if (PackagePaths.ReservedName(path) is { } reserved)
            {
                diagnostics.Report(PackagingDiagnostics.ReservedFileName, location,
                    $"'{path}' uses '{reserved}', a name Windows reserves for a device: learners on Windows could not unpack it. Rename the file.");
            }
            else if (!folder.Exists(path) && !IsSpecial(folder, path))
            {
                diagnostics.Report(ValidationDiagnostics.MediaFileMissing, location,
                    $"Media file '{DiagnosticText.Quote(path)}' does not exist. Add it to the course folder, or fix the path.");
            }
            else if (PackagePaths.CaseClash(path, byFoldedPath) is { } first)
            {
                diagnostics.Report(PackagingDiagnostics.PathCaseCollision, location, path.Length == first.Length
                    ? $"'{path}' and '{first}' differ only in case, so Windows and macOS would see one file. Rename one of them."
                    : $"The folder '{path[..first.Length]}' and the folder '{first}' differ only in case, so Windows and macOS would merge them. Spell the folder one way.");
            }
            else
            {
                Open(path, location);
            }
        }

        void Open(string path, SourceLocation location)
        {
            if (opened.Add(path))
            {
                // Held open for the package: the zip is made from this handle, never from the path again.
                var file = folder.Hold(path, location, $"the media file '{path}'", diagnostics);
                var svg = Path.GetExtension(path).Equals(".svg", StringComparison.OrdinalIgnoreCase);
                if (file is not null && Problem(path, file, svg) is { } problem)
                {
                    diagnostics.Report(svg ? ValidationDiagnostics.UnsafeSvg : ValidationDiagnostics.MediaContentMismatch, location,
                        svg ? $"The drawing '{path}' cannot go into the package: {problem}. Remove that part of it, or export it as a PNG."
                            : $"The media file '{path}' cannot go into the package: {problem}.");
                }
            }
        }
    }

    // A drawing is checked as a whole, so its bytes are kept: rewritten in place later, it still packs as checked.
    private static string? Problem(string path, SourceFile file, bool svg)
    {
        try
        {
            if (svg && file.Length <= SvgContent.MaxBytes)
            {
                file.Pin();
            }

            using var stream = file.OpenStream();
            return MediaContent.Problem(path, stream);
        }
        catch (IOException e)
        {
            return $"it could not be read ({e.Message.TrimEnd('.')})";
        }
    }

    // A FIFO, socket or dangling link is not a missing file: the sandbox names what it is instead.
    private static bool IsSpecial(CourseFolder folder, string path)
    {
        var info = new FileInfo(folder.AbsolutePath(path));
        return info.LinkTarget is not null || Directory.Exists(info.FullName);
    }
}
