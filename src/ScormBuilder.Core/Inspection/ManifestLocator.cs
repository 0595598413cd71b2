using System.IO.Compression;
using ScormBuilder.Diagnostics;

namespace ScormBuilder.Inspection;

/// <summary>
/// Finds imsmanifest.xml at the zip's root, or says exactly why it is not there: spelled in another case, inside a
/// folder (the folder was zipped instead of its contents), or inside a second zip (the package was zipped again).
/// </summary>
internal static class ManifestLocator
{
    public static PackageEntry? Find(IReadOnlyList<PackageEntry> entries, string package, List<Finding> findings)
    {
        if (entries.FirstOrDefault(e => e.Name == ManifestDocument.Name) is { } manifest)
        {
            return manifest;
        }

        findings.Add(WhyMissing(entries, package));
        return null;
    }

    private static Finding WhyMissing(IReadOnlyList<PackageEntry> entries, string package)
    {
        var candidates = entries.Where(e => e.Name.AsSpan()[(e.Name.LastIndexOf('/') + 1)..].Equals(ManifestDocument.Name, StringComparison.OrdinalIgnoreCase))
            .OrderBy(e => e.Name.Count(c => c == '/')).ThenBy(e => e.Name, StringComparer.Ordinal).ToList();
        if (candidates.FirstOrDefault() is { } nearest)
        {
            var folder = nearest.Name.Contains('/') ? nearest.Name[..(nearest.Name.LastIndexOf('/') + 1)] : null;
            return folder is null
                ? new Finding(InspectionDiagnostics.ManifestMissing, package,
                    $"The manifest is named {Names.Quoted(nearest.Name)}; LMSs look for 'imsmanifest.xml' in lower case.",
                    "Rename it to imsmanifest.xml and zip the package again.")
                : new Finding(InspectionDiagnostics.ManifestInFolder, package,
                    $"The manifest is at {Names.Quoted(nearest.Name)}, inside the folder {Names.Quoted(folder)}, not at the root of the zip, so an LMS finds no manifest.",
                    $"Unzip it, open the folder {Names.Quoted(folder)}, select everything inside it, and zip that selection (not the folder itself).");
        }

        var inner = entries.Where(e => e.Name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase)).ToList();
        if (inner.Count > 0)
        {
            var packages = inner.Take(3).Where(HoldsManifest).Select(e => e.Name).ToList();
            var what = packages.Count > 0
                ? $"{Names.Listed(packages)}, which {(packages.Count == 1 ? "is a SCORM package" : "are SCORM packages")} with imsmanifest.xml at the root"
                : Names.Listed([.. inner.Select(e => e.Name)]);
            return new Finding(InspectionDiagnostics.ZipInsideZip, package,
                $"The zip has no imsmanifest.xml but holds {what}: the real package was zipped a second time.",
                $"Take {Names.Quoted((packages.FirstOrDefault() ?? inner[0].Name).Split('/')[^1])} out of this zip and upload it as it is, without unzipping it.");
        }

        return new Finding(InspectionDiagnostics.ManifestMissing, package,
            "The zip has no imsmanifest.xml, so it is not a SCORM package and an LMS refuses it.",
            "Export the course again as SCORM 1.2 (not as 'web' or 'HTML'), or ask the supplier for the SCORM export.");
    }

    /// <summary>Whether an inner zip, read into memory within bounds, has imsmanifest.xml at its root.</summary>
    private static bool HoldsManifest(PackageEntry entry)
    {
        if (entry.Encrypted || entry.Length > InspectionLimits.MaxInnerZipBytes)
        {
            return false;
        }

        try
        {
            if (entry.ReadBounded((int)InspectionLimits.MaxInnerZipBytes) is not { Bytes: { } bytes })
            {
                return false;
            }

            using var stream = new MemoryStream(bytes, writable: false);
            if (ZipDirectory.Read(stream, entry.Name).Problem is not null)
            {
                return false;
            }

            using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
            return zip.Entries.Any(e => e.FullName == ManifestDocument.Name);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException)
        {
            return false;
        }
    }
}
