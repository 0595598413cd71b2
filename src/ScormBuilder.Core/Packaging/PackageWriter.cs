using System.IO.Compression;
using ScormBuilder.Diagnostics;
using ScormBuilder.Rendering;

namespace ScormBuilder.Packaging;

/// <summary>
/// Package: writes the zip deterministically — entries sorted, one fixed timestamp, fixed platform fields, no
/// random ids — to a <see cref="PendingFile"/>, so a failed build never leaves a partial zip or replaces a good one.
/// </summary>
internal sealed class PackageWriter
{
    // The earliest time a zip can hold; any fixed value would do.
    private static readonly DateTimeOffset s_timestamp = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly HashSet<string> s_alreadyCompressed = new(StringComparer.OrdinalIgnoreCase)
    {
        ".png", ".jpg", ".jpeg", ".gif", ".webp", ".mp4", ".webm", ".mp3", ".pdf",
    };

    /// <summary>
    /// Writes the zip to a temporary file beside <paramref name="zipPath"/> and returns it, not yet in place: the
    /// caller commits it once the whole build has succeeded. Null after reporting why it could not be written.
    /// </summary>
    public PendingFile? Write(string zipPath, byte[] manifest, RenderedSite site, DiagnosticBag diagnostics, CancellationToken cancellation = default)
    {
        PendingFile? pending = null;
        try
        {
            pending = PendingFile.Create(zipPath);
            using (var zip = new ZipArchive(pending.Stream, ZipArchiveMode.Create, leaveOpen: true))
            {
                AddEntry(zip, ManifestWriter.FileName, CompressionLevel.Optimal, () => new MemoryStream(manifest, writable: false), cancellation);
                foreach (var file in site.Files)
                {
                    var level = s_alreadyCompressed.Contains(Path.GetExtension(file.PackagePath))
                        ? CompressionLevel.NoCompression
                        : CompressionLevel.Optimal;
                    AddEntry(zip, file.PackagePath, level, file.OpenRead, cancellation);
                }
            }

            ZipPlatformFields.Fix(pending.Stream);
            return pending;
        }
        catch (OperationCanceledException)
        {
            pending?.Dispose();
            throw;
        }
        catch (SourceUnreadableException e)
        {
            pending?.Dispose();
            diagnostics.Report(LoadingDiagnostics.FileUnreadable, new SourceLocation(e.Path),
                $"Cannot read this file to pack it ({e.InnerException!.Message.TrimEnd('.')}). Check that it is a regular file you may read.");
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            pending?.Dispose();
            diagnostics.Report(PackagingDiagnostics.OutputNotWritable, new SourceLocation(zipPath),
                $"Cannot write the package ({e.Message.TrimEnd('.')}). Check the output folder exists and is writable.");
            return null;
        }
    }

    /// <summary>Length of the finished zip.</summary>
    public static long LengthOf(PendingFile pending) => pending.Stream.Length;

    private static void AddEntry(ZipArchive zip, string path, CompressionLevel level, Func<Stream> open, CancellationToken cancellation)
    {
        var entry = zip.CreateEntry(path, level);
        entry.LastWriteTime = s_timestamp;
        entry.ExternalAttributes = ZipPlatformFields.ExternalAttributes;
        using var source = open();
        using var target = entry.Open();
        var buffer = new byte[81920];
        int read;
        while ((read = ReadSource(source, buffer, path)) > 0)
        {
            cancellation.ThrowIfCancellationRequested();
            target.Write(buffer, 0, read);
        }
    }

    // A course file is read from the handle the sandbox opened and checked; it can still fail (or shrink) meanwhile.
    private static int ReadSource(Stream source, byte[] buffer, string path)
    {
        try
        {
            return source.Read(buffer);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SourceUnreadableException(path, e);
        }
    }

    private sealed class SourceUnreadableException(string path, Exception inner) : Exception(inner.Message, inner)
    {
        public string Path { get; } = path;
    }
}
