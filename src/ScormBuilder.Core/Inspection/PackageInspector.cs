using System.IO.Compression;
using ScormBuilder.Diagnostics;

namespace ScormBuilder.Inspection;

/// <summary>
/// Inspects a SCORM 1.2 package in place: reads the zip's directory and its manifest (never the other files'
/// contents), within <see cref="InspectionLimits"/>, writes nothing, and reports what it holds and what is wrong.
/// </summary>
public sealed class PackageInspector(IReadOnlyList<IPackageRule> rules)
{
    /// <summary>SCORM 1.2's rules and the content-packaging rules every LMS applies; a target adds its own after them.</summary>
    public static PackageInspector Default { get; } = new([new EntryNameRule(), new LaunchRule(), new FileListRule()]);

    public PackageInspector With(params IPackageRule[] more) => new([.. rules, .. more]);

    public InspectionReport Inspect(string path)
    {
        var name = Path.GetFileName(path);
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        return Inspect(file, name);
    }

    public InspectionReport Inspect(Stream zip, string name)
    {
        var (_, problem) = ZipDirectory.Read(zip, name);
        if (problem is not null)
        {
            return new InspectionReport(name, zip.Length, 0, ToolMarkers.Unknown, null, [problem]);
        }

        var findings = new List<Finding>();
        IReadOnlyList<PackageEntry> entries = [];
        ManifestFacts? manifest = null;
        try
        {
            using var archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true);
            entries = PackageEntries.List(archive);
            findings.AddRange(PackageEntries.Check(entries, name));
            manifest = ReadManifest(entries, name, findings);
            var package = new InspectedPackage(name, entries, manifest);
            findings.AddRange(rules.SelectMany(r => r.Check(package)));
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException)
        {
            findings.Add(ZipDirectory.Damaged(name, Names.Quoted(e.Message).Trim('\'').TrimEnd('.')));
        }

        var files = entries.Where(e => !e.IsFolder).Select(e => e.Name).ToList();
        return new InspectionReport(name, zip.Length, files.Count, ToolMarkers.Tell(files), manifest, Finding.InOrder(findings));
    }

    private static ManifestFacts? ReadManifest(IReadOnlyList<PackageEntry> entries, string package, List<Finding> findings)
    {
        if (ManifestLocator.Find(entries, package, findings) is not { Encrypted: false } entry)
        {
            return null;
        }

        if (entry.Length > InspectionLimits.MaxManifestBytes)
        {
            findings.Add(new Finding(InspectionDiagnostics.ManifestTooLarge, ManifestDocument.Name,
                $"The manifest is {entry.Length:N0} bytes; inspect reads at most {InspectionLimits.MaxManifestBytes:N0}, far more than any course needs.",
                "Ask the supplier whether the export is damaged."));
            return null;
        }

        var (bytes, problem) = entry.ReadBounded(InspectionLimits.MaxManifestBytes);
        if (bytes is null)
        {
            findings.Add(new Finding(InspectionDiagnostics.ZipBomb, ManifestDocument.Name,
                $"The manifest cannot be trusted: {problem}.", "Do not upload it; ask the supplier for a fresh export."));
            return null;
        }

        return ManifestDocument.Load(bytes, findings) is { } document ? ManifestFacts.Read(document) : null;
    }
}
