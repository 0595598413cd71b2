using static ScormBuilder.Diagnostics.DiagnosticDescriptor;

namespace ScormBuilder.Diagnostics;

/// <summary>SB4xxx: the problems found while writing the package and the files beside it.</summary>
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

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
        [OutputNotWritable, InvalidPackagePath, ReservedFileName, PathCaseCollision, AssetNotMinified];
}
