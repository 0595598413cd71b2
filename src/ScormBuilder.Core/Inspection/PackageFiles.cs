using System.IO.Compression;
using System.Text;
using ScormBuilder.Diagnostics;

namespace ScormBuilder.Inspection;

/// <summary>
/// A package played from its zip, never unpacked: inspected first (within <see cref="InspectionLimits"/>), then each
/// file read when asked for, bounded by the size its header declares and checked against its checksum. Only names
/// the zip holds are served; a name that is absolute, climbs with '..' or uses '\' is never looked up.
/// </summary>
public sealed class PackageFiles : IDisposable
{
    /// <summary>The largest single file served; a long video in a real course is a few hundred megabytes.</summary>
    public const int MaxServedBytes = 1024 * 1024 * 1024;

    private readonly Lock _lock = new();
    private readonly FileStream _file;
    private readonly ZipArchive _archive;
    private readonly Dictionary<string, PackageEntry> _entries;

    private PackageFiles(FileStream file, ZipArchive archive, ManifestFacts manifest, ResourceFacts launch)
    {
        _file = file;
        _archive = archive;
        Manifest = manifest;
        Launch = launch.Href!;
        LaunchQuery = UrlSafe(launch.HrefQuery);
        _entries = PackageEntries.List(archive).Where(e => !e.IsFolder && !e.Encrypted && !EntryNameRule.IsUnsafe(e.Name) && !e.Name.Contains('\\'))
            .GroupBy(e => e.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    public ManifestFacts Manifest { get; }

    /// <summary>The zip path of the file the LMS opens first: the first SCO's href.</summary>
    public string Launch { get; }

    /// <summary>
    /// The query and fragment the first SCO's href gives (such as "?lang=en"), or "": the LMS launches
    /// <see cref="Launch"/> with them. A character a URL cannot hold as it is (a space, a line break) is percent-encoded.
    /// </summary>
    public string LaunchQuery { get; }

    /// <summary>
    /// Opens the package to play it, or returns null with the findings that stop it playing (not a zip, damaged, a
    /// zip bomb, no manifest, nothing to launch, a launch file not in the zip). The report holds every finding.
    /// </summary>
    public static (PackageFiles? Files, InspectionReport Report, IReadOnlyList<Finding> Blocking) Open(string path)
    {
        var name = Path.GetFileName(path);
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        try
        {
            // The same open file is inspected and served, so a file swapped in between cannot bypass the inspection.
            var report = PackageInspector.Default.Inspect(file, name);
            var blocking = Blocking(report);
            if (blocking.Count > 0)
            {
                file.Dispose();
                return (null, report, blocking);
            }

            var manifest = report.Manifest!;
            var launch = manifest.Launch!.Value;
            var files = new PackageFiles(file, new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true), manifest, launch.Resource);
            if (files._entries.ContainsKey(files.Launch))
            {
                return (files, report, []);
            }

            files.Dispose();
            return (null, report, [new Finding(InspectionDiagnostics.ReferencedFileMissing, LaunchRule.At(launch.Resource.Line),
                $"The launch file {Names.Quoted(files.Launch)} of item {Names.Quoted(launch.Item.Identifier)} is not a file in the zip, so the course cannot start.",
                "Add the file to the zip, or correct the resource's href to match the file's name exactly.")]);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>The file's bytes, or null when the package does not hold <paramref name="path"/> as a file it serves.</summary>
    public byte[]? Read(string path)
    {
        if (!IsPackagePath(path) || !_entries.TryGetValue(path, out var entry) || entry.Length > MaxServedBytes)
        {
            return null;
        }

        lock (_lock)
        {
            try
            {
                return entry.ReadBounded(MaxServedBytes).Bytes;
            }
            catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException)
            {
                return null;
            }
        }
    }

    public void Dispose()
    {
        _archive.Dispose();
        _file.Dispose();
    }

    private static string UrlSafe(string query)
    {
        var safe = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(query))
        {
            safe.Append(b is > 0x20 and < 0x7F && "\"<>\\^`{|}".IndexOf((char)b) < 0 ? ((char)b).ToString() : $"%{b:X2}");
        }

        return safe.ToString();
    }

    private static bool IsPackagePath(string path) =>
        path.Length > 0 && !path.Contains('\\') && !path.Contains('\0') && !EntryNameRule.IsUnsafe(path) && path.Split('/').All(s => s is not ("" or "."));

    private static List<Finding> Blocking(InspectionReport report)
    {
        var archive = report.Findings.Where(f => f.Descriptor == InspectionDiagnostics.ZipBomb || f.Descriptor == InspectionDiagnostics.ZipDamaged ||
            f.Descriptor == InspectionDiagnostics.TooManyEntries || f.Descriptor == InspectionDiagnostics.NotAZip).ToList();
        if (archive.Count > 0 || report.Manifest is null)
        {
            // Without a manifest the findings say why: missing, in a folder, in an inner zip, not well-formed, not SCORM 1.2.
            return archive.Count > 0 ? archive : [.. report.Findings.Where(f => f.BlocksUpload)];
        }

        return report.Manifest.Launch is null ? [.. report.Findings.Where(f => f.Descriptor == InspectionDiagnostics.NothingToLaunch)] : [];
    }
}
