using System.IO.Compression;
using ScormBuilder.Diagnostics;

namespace ScormBuilder.Inspection;

/// <summary>
/// The entries of a zip whose directory <see cref="ZipDirectory"/> has already bounded, and the findings about the
/// archive itself: encrypted entries, and sizes that make it a zip bomb.
/// </summary>
internal static class PackageEntries
{
    public static IReadOnlyList<PackageEntry> List(ZipArchive zip) =>
        [.. zip.Entries.Select(e => new PackageEntry(e.FullName, e.Length, e.CompressedLength, e.IsEncrypted) { Source = e })];

    public static IEnumerable<Finding> Check(IReadOnlyList<PackageEntry> entries, string package)
    {
        var encrypted = entries.Where(e => e.Encrypted).Select(e => e.Name).ToList();
        if (encrypted.Count > 0)
        {
            yield return new Finding(InspectionDiagnostics.EncryptedEntry, package,
                $"{Names.Listed(encrypted)} {(encrypted.Count == 1 ? "is" : "are")} password-protected; an LMS cannot read {(encrypted.Count == 1 ? "it" : "them")}.",
                "Ask the supplier to export again without a password.");
        }

        var total = entries.Sum(e => Math.Min(e.Length, InspectionLimits.MaxExpandedBytes));
        var bombs = entries.Where(IsBomb).Select(e => e.Name).ToList();
        if (bombs.Count > 0 || total > InspectionLimits.MaxExpandedBytes)
        {
            var what = bombs.Count > 0
                ? $"{Names.Listed(bombs)} expand{(bombs.Count == 1 ? "s" : "")} more than {InspectionLimits.MaxCompressionRatio} times"
                : $"its entries expand to {total:N0} bytes";
            yield return new Finding(InspectionDiagnostics.ZipBomb, package,
                $"The zip is built to exhaust disk or memory: {what}.", "Do not upload it; ask the supplier for a fresh export.");
        }
    }

    /// <summary>Whether the entry's header alone says it expands like a zip bomb: too large, or too many times its compressed size.</summary>
    public static bool IsBomb(PackageEntry entry) =>
        entry.Length > InspectionLimits.MaxExpandedBytes ||
        (entry.Length > InspectionLimits.RatioFloorBytes && entry.Length > Math.Max(1, entry.CompressedLength) * InspectionLimits.MaxCompressionRatio);
}
