using static ScormBuilder.Diagnostics.DiagnosticDescriptor;

namespace ScormBuilder.Diagnostics;

/// <summary>
/// A target is the platform a package goes to (Moodle, NHS Learning Hub, ESR, or an organisation's own): loading
/// one (SB1047–SB1059), and a course or package that breaks one of its rules (SB2070–SB2089, SB4057–SB4069).
/// </summary>
public static class TargetDiagnostics
{
    public static readonly DiagnosticDescriptor UnknownPlatformTarget = Error(DiagnosticCodes.UnknownPlatformTarget, "Unknown target",
        "--target names a platform that is neither built in (generic, moodle, learninghub, esr) nor a file targets/NAME.yaml beside course.yaml (for inspect, in the current folder), or inspect's --target names a target file that is not there. Example fix: '--target learninghub', or add course/targets/totara.yaml for '--target totara'; from the repository root, 'inspect PACKAGE.zip --target course/targets/totara.yaml'.");

    public static readonly DiagnosticDescriptor InvalidTargetName = Error(DiagnosticCodes.InvalidTargetName, "Invalid target name",
        "A target's name is lower-case letters, digits and '-', starting with a letter: it names the file targets/NAME.yaml, and a target file passed to inspect is named by its file's name. Example fix: '--target Learning_Hub' becomes '--target learninghub'; course/targets/Turas_LMS.yaml becomes course/targets/turas.yaml.");

    public static readonly DiagnosticDescriptor PackageNameUnknownPlaceholder = Error(DiagnosticCodes.PackageNameUnknownPlaceholder, "Unknown placeholder in a package name",
        "A target's 'package: name:' has a '{' or '}' that is not one of its placeholders {id}, {version} and {target}. Example fix: 'NES_{course}_{version}.zip' becomes 'NES_{id}_v{version}.zip'.");

    public static readonly DiagnosticDescriptor PackageNameNotClean = Error(DiagnosticCodes.PackageNameNotClean, "Package name that is not a clean file name",
        "A target's 'package: name:' would not be a clean file name beside the standard zip: only ASCII letters, digits, '.', '-' and '_', no '/', no name Windows reserves, at most 200 characters. Example fix: 'NES {id} v{version}.zip' becomes 'NES_{id}_v{version}.zip'.");

    public static readonly DiagnosticDescriptor PackageNameNotUnique = Error(DiagnosticCodes.PackageNameNotUnique, "Package name that two versions could share",
        "A target's 'package: name:' lacks {id} or {version}, or puts two placeholders side by side, so two courses or two versions could get the same file name. Example fix: 'NES_{id}.zip' becomes 'NES_{id}_v{version}.zip'.");

    public static readonly DiagnosticDescriptor PackageNameBreaksExtension = Error(DiagnosticCodes.PackageNameBreaksExtension, "Package name against the target's own ending",
        "A target's 'package: name:' does not end in the ending its own 'extension:' (and 'extension_case:') requires. Example fix: with 'extension: .zip', 'NES_{id}_v{version}.ZIP' becomes 'NES_{id}_v{version}.zip'.");

    public static readonly DiagnosticDescriptor TargetTextTooLong = Error(DiagnosticCodes.TargetTextTooLong, "Longer than the platform stores",
        "The course's title, description or licence is longer than the target platform stores or its upload form accepts. Example fix: shorten 'description:' in course.yaml to 1,800 characters for NHS Learning Hub.");

    public static readonly DiagnosticDescriptor TargetKeywordTooLong = Error(DiagnosticCodes.TargetKeywordTooLong, "Keyword too long for the platform",
        "One keyword is longer than the target platform accepts. Example fix: for NHS Learning Hub (50 characters each), split 'professional standards for social media use by registrants and students' into two keywords.");

    public static readonly DiagnosticDescriptor TargetKeywordsTooLong = Error(DiagnosticCodes.TargetKeywordsTooLong, "Keywords too long in all",
        "All the keywords together, joined by commas, are longer than the target platform stores. Example fix: remove the keywords a learner would least search for.");

    public static readonly DiagnosticDescriptor TargetTooManyAuthors = Error(DiagnosticCodes.TargetTooManyAuthors, "Too many authors for the platform",
        "The course lists more authors than the target platform's upload form takes. Example fix: for NHS Learning Hub (up to 10), name the team once: 'authors: [Trust learning team]'.");

    public static readonly DiagnosticDescriptor TargetLicenceNotAccepted = Error(DiagnosticCodes.TargetLicenceNotAccepted, "Licence the platform does not offer",
        "course.yaml's licence is not one of those the target platform accepts. Example fix: for NHS Learning Hub, 'licence: CC BY-NC-SA 4.0' or 'licence: All rights reserved'.");

    public static readonly DiagnosticDescriptor TargetFactMissing = Error(DiagnosticCodes.TargetFactMissing, "A fact the platform's form asks for is missing",
        "The target platform's upload form asks for a fact course.yaml does not give. Example fix: for NHS Learning Hub, add 'licence: All rights reserved' and 'certificate: false' to course.yaml.");

    public static readonly DiagnosticDescriptor TargetFileName = Error(DiagnosticCodes.TargetFileName, "Package name the platform refuses",
        "The package's file name breaks the target platform's naming rule (NHS Learning Hub takes only names ending in lower-case '.zip'). Example fix: rename 'course.ZIP' to 'course.zip'.");

    public static readonly DiagnosticDescriptor TargetPackageNameTaken = Error(DiagnosticCodes.TargetPackageNameTaken, "Target's package name is already the build's",
        "A target's 'package: name:', filled in with the course's id and version, is the standard zip's name or an uploader's sheet's name (in any case), so one file would overwrite the other. Example fix: leave out 'name:' when the standard name suits the platform, or change it to 'NES_{id}_v{version}.zip'.");

    public static readonly DiagnosticDescriptor TargetPackageNameTooLong = Error(DiagnosticCodes.TargetPackageNameTooLong, "Target's package name too long",
        "A target's 'package: name:', filled in with the course's id and version, is longer than 200 characters, which Windows may not unpack. Example fix: shorten the text around {id} and {version} in the target file, or the course's id.");

    public static readonly DiagnosticDescriptor TargetPackageNamesClash = Error(DiagnosticCodes.TargetPackageNamesClash, "Two targets' package names clash",
        "Two targets named in one build give package names that differ only in case, which are one file on Windows and macOS. Example fix: give both targets the same 'name:' spelling, or build for one at a time.");

    public static readonly DiagnosticDescriptor PackageLongerThanTarget = Error(DiagnosticCodes.PackageLongerThanTarget, "Manifest text longer than the platform stores",
        "'inspect --target': the manifest's title, a keyword, all keywords or the copyright is longer than the target platform stores. Example fix: ask the supplier to shorten the course title to 255 characters for NHS Learning Hub and export again.");

    public static readonly DiagnosticDescriptor PackageNameTargetRefuses = Error(DiagnosticCodes.PackageNameTargetRefuses, "Package name the platform refuses",
        "'inspect --target': the zip's file name breaks the target platform's naming rule: its ending, or the target's own 'package: name:' pattern. Example fix: for NHS Learning Hub, rename 'course.ZIP' to 'course.zip' before uploading.");

    /// <summary>What 'inspect --target' finds in a package: reported as findings, never by a course's build.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> PackageFindings { get; } = [PackageLongerThanTarget, PackageNameTargetRefuses];

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        UnknownPlatformTarget, InvalidTargetName, PackageNameUnknownPlaceholder, PackageNameNotClean, PackageNameNotUnique, PackageNameBreaksExtension,
        TargetTextTooLong, TargetKeywordTooLong, TargetKeywordsTooLong, TargetTooManyAuthors, TargetLicenceNotAccepted, TargetFactMissing, TargetFileName,
        TargetPackageNameTaken, TargetPackageNameTooLong, TargetPackageNamesClash, .. PackageFindings,
    ];
}
