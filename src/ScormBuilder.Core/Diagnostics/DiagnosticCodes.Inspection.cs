namespace ScormBuilder.Diagnostics;

/// <summary>SB4030–SB4059: what 'scormbuilder inspect' finds in a package it did not build (or did).</summary>
public static partial class DiagnosticCodes
{
    public const string NotAZip = "SB4030";
    public const string ZipDamaged = "SB4031";
    public const string EncryptedEntry = "SB4032";
    public const string TooManyEntries = "SB4033";
    public const string ZipBomb = "SB4034";
    public const string ManifestMissing = "SB4035";
    public const string ManifestInFolder = "SB4036";
    public const string ZipInsideZip = "SB4037";
    public const string ManifestTooLarge = "SB4038";
    public const string ManifestNotWellFormed = "SB4039";
    public const string ManifestHasDtd = "SB4040";
    public const string ManifestNotValid = "SB4041";
    public const string NotScorm12 = "SB4042";
    public const string NothingToLaunch = "SB4043";
    public const string ScoWithoutScormType = "SB4044";
    public const string ReferencedFileMissing = "SB4045";
    public const string UnsafeEntryPath = "SB4046";
    public const string BackslashInPath = "SB4047";
    public const string EntryCaseClash = "SB4048";
    public const string WindowsCannotHold = "SB4049";
    public const string MasteryScoreInvalid = "SB4050";
    public const string UnlistedFile = "SB4055";
    public const string JunkFile = "SB4056";
}
