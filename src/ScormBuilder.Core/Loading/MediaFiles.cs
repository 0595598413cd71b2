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
        var readable = new Dictionary<string, bool>(StringComparer.Ordinal);
        var byFoldedPath = new Dictionary<string, string>(PackagePaths.CaseInsensitive);
        foreach (var (path, location) in course.MediaReferences)
        {
            if (!MediaTypes.IsSupported(path))
            {
                diagnostics.Error(DiagnosticCodes.UnsupportedMediaType, location,
                    $"'{DiagnosticText.Quote(path)}' is not a media type the package can carry. Use one of: {string.Join(" ", MediaTypes.Extensions)}.");
            }
            else if (!folder.Exists(path) && !IsSpecial(folder, path))
            {
                diagnostics.Error(DiagnosticCodes.MediaFileMissing, location,
                    $"Media file '{DiagnosticText.Quote(path)}' does not exist. Add it to the course folder, or fix the path.");
            }
            else if (!PackagePaths.IsClean(path))
            {
                diagnostics.Error(DiagnosticCodes.InvalidPackagePath, location,
                    $"'{DiagnosticText.Quote(path)}' cannot go into the package as it is named: {PackagePaths.Rule}. Rename the file.");
            }
            else if (PackagePaths.ReservedName(path) is { } reserved)
            {
                diagnostics.Error(DiagnosticCodes.ReservedFileName, location,
                    $"'{path}' uses '{reserved}', a name Windows reserves for a device: learners on Windows could not unpack it. Rename the file.");
            }
            else if (byFoldedPath.TryGetValue(path, out var first) && first != path)
            {
                diagnostics.Error(DiagnosticCodes.PathCaseCollision, location,
                    $"'{path}' and '{first}' differ only in case, so Windows and macOS would see one file. Rename one of them.");
            }
            else if (IsReadable(path, location))
            {
                byFoldedPath.TryAdd(path, path);
            }
        }

        bool IsReadable(string path, SourceLocation location)
        {
            if (!readable.TryGetValue(path, out var ok))
            {
                using var stream = folder.OpenRead(path, location, $"the media file '{path}'", diagnostics);
                readable[path] = ok = stream is not null;
                if (stream is not null && MediaContent.Problem(path, stream) is { } problem)
                {
                    var svg = Path.GetExtension(path).Equals(".svg", StringComparison.OrdinalIgnoreCase);
                    diagnostics.Error(svg ? DiagnosticCodes.UnsafeSvg : DiagnosticCodes.MediaContentMismatch, location,
                        svg ? $"The drawing '{path}' cannot go into the package: {problem}. Remove that part of it, or export it as a PNG."
                            : $"The media file '{path}' cannot go into the package: {problem}.");
                }
            }

            return ok;
        }
    }

    // A FIFO, socket or dangling link is not a missing file: the sandbox names what it is instead.
    private static bool IsSpecial(CourseFolder folder, string path)
    {
        var info = new FileInfo(folder.AbsolutePath(path));
        return info.LinkTarget is not null || Directory.Exists(info.FullName);
    }
}
