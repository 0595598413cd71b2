using static ScormBuilder.Diagnostics.DiagnosticDescriptor;

namespace ScormBuilder.Diagnostics;

/// <summary>
/// SB4030–SB4059: what 'scormbuilder inspect' finds in any SCORM 1.2 package. Errors block an upload (an LMS refuses
/// the package or it does not track); warnings are worth fixing but an LMS accepts the package.
/// </summary>
public static class InspectionDiagnostics
{
    public static readonly DiagnosticDescriptor NotAZip = Error(DiagnosticCodes.NotAZip, "Not a zip",
        "The file is not a zip archive, so no LMS can import it. Example fix: ask the supplier for the SCORM 1.2 export, a file ending '.zip'.");

    public static readonly DiagnosticDescriptor ZipDamaged = Error(DiagnosticCodes.ZipDamaged, "Zip damaged or cut short",
        "The zip's directory or an entry cannot be read: the download or copy was cut short, or the file is damaged. Example fix: download or copy the package again and compare its size with the supplier's.");

    public static readonly DiagnosticDescriptor EncryptedEntry = Error(DiagnosticCodes.EncryptedEntry, "Encrypted entry",
        "An entry is password-protected; an LMS cannot read it. Example fix: ask the supplier to export again without a password.");

    public static readonly DiagnosticDescriptor TooManyEntries = Error(DiagnosticCodes.TooManyEntries, "Too many entries",
        "The zip says it holds more entries than any course needs; inspect reads no further. Example fix: ask the supplier whether this is the right file.");

    public static readonly DiagnosticDescriptor ZipBomb = Error(DiagnosticCodes.ZipBomb, "Sizes that do not add up",
        "An entry expands far beyond its compressed size, or beyond what its header says: a zip bomb or a damaged zip. Example fix: do not upload it; ask the supplier for a fresh export.");

    public static readonly DiagnosticDescriptor ManifestMissing = Error(DiagnosticCodes.ManifestMissing, "No imsmanifest.xml",
        "A SCORM package has imsmanifest.xml at the root of the zip; without it an LMS refuses the upload. Example fix: export again as SCORM 1.2, not as 'web' or 'HTML'.");

    public static readonly DiagnosticDescriptor ManifestInFolder = Error(DiagnosticCodes.ManifestInFolder, "Manifest inside a folder",
        "imsmanifest.xml is inside a folder of the zip, not at its root: the folder was zipped instead of its contents. Example fix: open the folder, select everything in it, and zip that.");

    public static readonly DiagnosticDescriptor ZipInsideZip = Error(DiagnosticCodes.ZipInsideZip, "Zip inside a zip",
        "The zip holds another zip and no manifest: the real package was wrapped in a second zip. Example fix: take the inner zip out and upload that one.");

    public static readonly DiagnosticDescriptor ManifestTooLarge = Error(DiagnosticCodes.ManifestTooLarge, "Manifest too large",
        "imsmanifest.xml is larger than any course needs; inspect reads no further. Example fix: ask the supplier whether the export is damaged.");

    public static readonly DiagnosticDescriptor ManifestNotWellFormed = Error(DiagnosticCodes.ManifestNotWellFormed, "Manifest not well-formed XML",
        "imsmanifest.xml is not well-formed XML, so an LMS cannot read it. Example fix: correct the XML at the line named, e.g. close '<item>' with '</item>'.");

    public static readonly DiagnosticDescriptor ManifestHasDtd = Error(DiagnosticCodes.ManifestHasDtd, "Manifest declares a DTD",
        "A SCORM 1.2 manifest needs no DTD; a DTD can declare entities that expand without end, so inspect does not read it. Example fix: remove the '<!DOCTYPE …>' declaration.");

    public static readonly DiagnosticDescriptor ManifestNotValid = Error(DiagnosticCodes.ManifestNotValid, "Manifest not valid against the SCORM 1.2 schemas",
        "imsmanifest.xml breaks the SCORM 1.2 schemas (IMS CP 1.1.2, ADL CP 1.2, IMS MD 1.2.1) that the tool ships. Example fix: give every '<item>' a '<title>' before its child items.");

    public static readonly DiagnosticDescriptor NotScorm12 = Error(DiagnosticCodes.NotScorm12, "Not a SCORM 1.2 manifest",
        "The manifest is of another standard or version (SCORM 2004, a plain IMS package). Example fix: export again and choose SCORM 1.2.");

    public static readonly DiagnosticDescriptor NothingToLaunch = Error(DiagnosticCodes.NothingToLaunch, "Nothing to launch",
        "No item of the default organisation names a resource with an href, so an LMS has nothing to open. Example fix: give the item identifierref=\"RES\" and the resource href=\"index.html\".");

    public static readonly DiagnosticDescriptor ScoWithoutScormType = Error(DiagnosticCodes.ScoWithoutScormType, "Launched resource without adlcp:scormtype=\"sco\"",
        "A resource an item launches has no adlcp:scormtype=\"sco\" (or spells it in another case), so an LMS treats it as an asset and tracks nothing. Example fix: add adlcp:scormtype=\"sco\" to that '<resource>'.");

    public static readonly DiagnosticDescriptor ReferencedFileMissing = Error(DiagnosticCodes.ReferencedFileMissing, "File named by the manifest not in the zip",
        "A resource's href or a '<file href>' names a file the zip does not hold; the learner gets 'not found'. Example fix: add the file, or correct the href's spelling and case.");

    public static readonly DiagnosticDescriptor UnsafeEntryPath = Error(DiagnosticCodes.UnsafeEntryPath, "Absolute or '..' path in the zip",
        "An entry's name starts at the root of a disk or climbs out of the package with '..'; LMSs refuse it, since unpacking it could write outside the course. Example fix: zip the course folder's contents again with relative names.");

    public static readonly DiagnosticDescriptor BackslashInPath = Error(DiagnosticCodes.BackslashInPath, "Backslash in a zip path",
        "Zip paths separate folders with '/'; a name with '\\' becomes one odd file name on the LMS's server and its links break. Example fix: zip again with a tool that writes '/' (Windows' own 'Send to > Compressed folder' does).");

    public static readonly DiagnosticDescriptor EntryCaseClash = Error(DiagnosticCodes.EntryCaseClash, "Names that differ only in case",
        "Two entries differ only in case; Windows and macOS see them as one file, so one overwrites the other. Example fix: merge 'Images/' into 'images/'.");

    public static readonly DiagnosticDescriptor WindowsCannotHold = Error(DiagnosticCodes.WindowsCannotHold, "Name Windows cannot hold",
        "An entry's name uses a device name Windows reserves (CON, PRN, AUX, NUL, COM0–9, LPT0–9), a character Windows refuses (< > : \" | ? * or a control character), or ends with a dot or space. Example fix: rename 'what?.html' to 'what.html' and update the links to it.");

    public static readonly DiagnosticDescriptor MasteryScoreInvalid = Error(DiagnosticCodes.MasteryScoreInvalid, "Mastery score not 0–100",
        "adlcp:masteryscore must be a number from 0 to 100; an LMS may refuse the package or never pass a learner. Example fix: write '<adlcp:masteryscore>80</adlcp:masteryscore>'.");

    public static readonly DiagnosticDescriptor UnlistedFile = Warning(DiagnosticCodes.UnlistedFile, "Files no resource names",
        "Files in the zip that no '<file href>' lists: the course may still play, but an LMS that copies only listed files would leave them out. Example fix: list them in the resource, or remove them from the zip.");

    public static readonly DiagnosticDescriptor JunkFile = Warning(DiagnosticCodes.JunkFile, "macOS leftovers",
        "'__MACOSX/' folders and '.DS_Store' files are left by zipping on a Mac; they take space and some LMSs refuse hidden files. Example fix: zip with 'zip -r course.zip . -x \"__MACOSX/*\" \"*.DS_Store\"'.");

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
    [
        NotAZip, ZipDamaged, EncryptedEntry, TooManyEntries, ZipBomb, ManifestMissing, ManifestInFolder, ZipInsideZip, ManifestTooLarge,
        ManifestNotWellFormed, ManifestHasDtd, ManifestNotValid, NotScorm12, NothingToLaunch, ScoWithoutScormType, ReferencedFileMissing,
        UnsafeEntryPath, BackslashInPath, EntryCaseClash, WindowsCannotHold, MasteryScoreInvalid, UnlistedFile, JunkFile,
    ];
}
