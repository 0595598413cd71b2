using System.IO.Compression;
using ScormBuilder.Diagnostics;
using ScormBuilder.Rendering;

namespace ScormBuilder.Packaging;

/// <summary>
/// Package: writes the zip deterministically — entries sorted, one fixed timestamp, no random ids — to a
/// temporary file first, so a failed build never leaves a partial zip or replaces a good one.
/// </summary>
internal sealed class PackageWriter
{
    // The earliest time a zip can hold; any fixed value would do.
    private static readonly DateTimeOffset s_timestamp = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly HashSet<string> s_alreadyCompressed = new(StringComparer.OrdinalIgnoreCase)
    {
        ".png", ".jpg", ".jpeg", ".gif", ".webp", ".mp4", ".webm", ".mp3", ".pdf",
    };

    /// <summary>Returns the zip's length in bytes, or null after reporting why it could not be written.</summary>
    public long? Write(string zipPath, byte[] manifest, RenderedSite site, DiagnosticBag diagnostics)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(zipPath))!;
        var temporary = Path.Combine(directory, $".{Path.GetFileName(zipPath)}.{Environment.ProcessId}.tmp");
        try
        {
            Directory.CreateDirectory(directory);
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.ReadWrite, FileShare.None))
            using (var zip = new ZipArchive(stream, ZipArchiveMode.Create))
            {
                AddEntry(zip, ManifestWriter.FileName, CompressionLevel.SmallestSize, () => new MemoryStream(manifest, writable: false));
                foreach (var file in site.Files)
                {
                    var level = s_alreadyCompressed.Contains(Path.GetExtension(file.PackagePath))
                        ? CompressionLevel.NoCompression
                        : CompressionLevel.SmallestSize;
                    AddEntry(zip, file.PackagePath, level, file.OpenRead);
                }
            }

            var length = new FileInfo(temporary).Length;
            File.Move(temporary, zipPath, overwrite: true);
            return length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            diagnostics.Error(DiagnosticCodes.OutputNotWritable, new SourceLocation(zipPath),
                $"Cannot write the package ({e.Message.TrimEnd('.')}). Check the output folder exists and is writable.");
            return null;
        }
    }

    private static void AddEntry(ZipArchive zip, string path, CompressionLevel level, Func<Stream> open)
    {
        var entry = zip.CreateEntry(path, level);
        entry.LastWriteTime = s_timestamp;
        using var source = open();
        using var target = entry.Open();
        source.CopyTo(target);
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Nothing more to do: the build already reports the original failure.
        }
    }
}
