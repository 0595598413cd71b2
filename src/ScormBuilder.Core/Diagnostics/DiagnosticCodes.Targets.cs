namespace ScormBuilder.Diagnostics;

/// <summary>
/// The codes of targets (the platform a package is for): SB1047–SB1059 loading a target, SB2070–SB2089 a course
/// that breaks a target's rule, SB4057–SB4069 a package that breaks one.
/// </summary>
public static partial class DiagnosticCodes
{
    public const string UnknownPlatformTarget = "SB1047";
    public const string InvalidTargetName = "SB1048";
    public const string PackageNameUnknownPlaceholder = "SB1049";
    public const string PackageNameNotClean = "SB1050";
    public const string PackageNameNotUnique = "SB1051";
    public const string PackageNameBreaksExtension = "SB1052";

    public const string TargetTextTooLong = "SB2070";
    public const string TargetKeywordTooLong = "SB2071";
    public const string TargetKeywordsTooLong = "SB2072";
    public const string TargetTooManyAuthors = "SB2073";
    public const string TargetLicenceNotAccepted = "SB2074";
    public const string TargetFactMissing = "SB2075";
    public const string TargetFileName = "SB2076";
    public const string TargetPackageNameTaken = "SB2077";
    public const string TargetPackageNameTooLong = "SB2078";
    public const string TargetPackageNamesClash = "SB2079";

    public const string PackageLongerThanTarget = "SB4057";
    public const string PackageNameTargetRefuses = "SB4058";
}
