using static ScormBuilder.Diagnostics.DiagnosticDescriptor;

namespace ScormBuilder.Diagnostics;

/// <summary>SB4xxx: the problems found while writing the package and the files beside it, and reading a previous release's package (SB4020–SB4029).</summary>
public static class PackagingDiagnostics
{
    public static readonly DiagnosticDescriptor OutputNotWritable = Error(DiagnosticCodes.OutputNotWritable, "Output not writable",
        "The package or tracking.lock could not be written. Example fix: pass '-o' a folder you may write to, or free disk space.");

    public static readonly DiagnosticDescriptor InvalidPackagePath = Error(DiagnosticCodes.InvalidPackagePath, "Path not allowed in a package",
        "Package paths are portable: no characters Windows refuses, no trailing dot or space, at most 200 characters. Example fix: rename 'notes?.pdf' to 'notes.pdf'.");

    public static readonly DiagnosticDescriptor ReservedFileName = Error(DiagnosticCodes.ReservedFileName, "Name Windows reserves",
        "Windows reserves device names (CON, PRN, AUX, NUL, COM0–9, LPT0–9) with any extension. Example fix: rename 'con.png' to 'console.png'.");

    public static readonly DiagnosticDescriptor PathCaseCollision = Error(DiagnosticCodes.PathCaseCollision, "Paths that differ only in case",
        "Windows and macOS see two paths that differ only in case as one file. Example fix: merge 'Media/' into 'media/'.");

    public static readonly DiagnosticDescriptor AssetNotMinified = Warning(DiagnosticCodes.AssetNotMinified, "Asset not minified",
        "A script or style sheet of the templates ships as written because the minifier cannot read it. Example fix: correct the syntax at the line the warning names.");

    public static readonly DiagnosticDescriptor PackageNotZip = Error(DiagnosticCodes.PackageNotZip, "Previous package is not a zip",
        "'changes --since' reads the zip a previous build wrote. Example fix: pass the -scorm12.zip file that was uploaded to the LMS, not the course folder or an exported report.");

    public static readonly DiagnosticDescriptor PackageDamaged = Error(DiagnosticCodes.PackageDamaged, "Previous package damaged",
        "The zip is cut short or damaged, often by an interrupted download or copy. Example fix: download the package again from the LMS, or take it from your release archive.");

    public static readonly DiagnosticDescriptor NotScormBuilderPackage = Error(DiagnosticCodes.NotScormBuilderPackage, "Not a ScormBuilder package",
        "The zip lacks the imsmanifest.xml, index.html and course data that ScormBuilder writes, so its content cannot be compared. Example fix: pass a package built by 'scormbuilder build'.");

    public static readonly DiagnosticDescriptor PackageOfAnotherCourse = Error(DiagnosticCodes.PackageOfAnotherCourse, "Package of another course",
        "The course id in the package differs from the id in course.yaml: a release keeps its id, so this is another course. Example fix: pass the previous package of this course.");

    public static readonly DiagnosticDescriptor PackageTooLarge = Error(DiagnosticCodes.PackageTooLarge, "Previous package too large",
        "The package holds too many files, or its page inflates far beyond any course (a zip bomb). Example fix: pass the package 'scormbuilder build' wrote.");

    public static readonly DiagnosticDescriptor PackageUnreadable = Error(DiagnosticCodes.PackageUnreadable, "Previous package unreadable",
        "The package could not be read. Example fix: check the file is a regular file you may read.");

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
        [OutputNotWritable, InvalidPackagePath, ReservedFileName, PathCaseCollision, AssetNotMinified,
            PackageNotZip, PackageDamaged, NotScormBuilderPackage, PackageOfAnotherCourse, PackageTooLarge, PackageUnreadable];
}
