using ScormBuilder.Diagnostics;
using ScormBuilder.Model;
using ScormBuilder.Sources;

namespace ScormBuilder.Loading;

/// <summary>Checks that every file the course names is there, of a type a package may carry, and cleanly named.</summary>
internal static class MediaFiles
{
    public static void Check(Course course, CourseFolder folder, DiagnosticBag diagnostics)
    {
        foreach (var (path, location) in course.MediaReferences)
        {
            if (!MediaTypes.IsSupported(path))
            {
                diagnostics.Error(DiagnosticCodes.UnsupportedMediaType, location,
                    $"'{path}' is not a media type the package can carry. Use one of: {string.Join(" ", MediaTypes.Extensions)}.");
            }
            else if (!folder.Exists(path))
            {
                diagnostics.Error(DiagnosticCodes.MediaFileMissing, location,
                    $"Media file '{path}' does not exist. Add it to the course folder, or fix the path.");
            }
            else if (!PackagePaths.IsClean(path))
            {
                diagnostics.Error(DiagnosticCodes.InvalidPackagePath, location,
                    $"'{path}' cannot go into the package as it is named: {PackagePaths.Rule}. Rename the file.");
            }
        }
    }
}
