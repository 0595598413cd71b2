using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using ScormBuilder.Diagnostics;

namespace ScormBuilder.Packaging;

/// <summary>
/// An output file being written: a fresh temporary file beside its target, with an unpredictable name, created
/// exclusively (so a planted file or link at that name is never followed or overwritten), and moved over the
/// target only by <see cref="Commit"/>, once the whole build has succeeded. Disposed uncommitted, it is deleted.
/// </summary>
internal sealed class PendingFile : IDisposable
{
    /// <summary>Every temporary file the build writes is named <c>.scormbuilder-PID-RANDOM.tmp</c>.</summary>
    public const string Prefix = ".scormbuilder-";

    public const string Suffix = ".tmp";

    /// <summary>A temporary file older than this is stale even if a process with its id is running.</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromHours(1);

    private bool _committed;

    private PendingFile(string target, string temporary, FileStream stream)
    {
        Target = target;
        Temporary = temporary;
        Stream = stream;
    }

    public string Target { get; }

    public string Temporary { get; }

    /// <summary>The temporary file, open for writing and reading.</summary>
    public FileStream Stream { get; }

    /// <summary>Creates the temporary file for <paramref name="target"/>, first removing our own stale ones there.</summary>
    public static PendingFile Create(string target)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(target))!;
        Directory.CreateDirectory(directory);
        RemoveStale(directory, DateTime.UtcNow);
        var name = $"{Prefix}{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12))}{Suffix}";
        var temporary = Path.Combine(directory, name);
        // CreateNew is O_CREAT|O_EXCL: it fails on any existing file or link, and never follows a link.
        var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None);
        return new PendingFile(Path.GetFullPath(target), temporary, stream);
    }

    /// <summary>Moves the finished file over its target (a rename: the target is replaced, never written through).</summary>
    public void Commit()
    {
        Stream.Flush(flushToDisk: true);
        Stream.Dispose();
        File.Move(Temporary, Target, overwrite: true);
        _committed = true;
    }

    /// <summary>
    /// Moves each file into place in order; false after reporting the first that could not be moved, named as
    /// <paramref name="what"/> ("the uploader's sheet").
    /// </summary>
    public static bool CommitAll(IEnumerable<PendingFile> files, string what, DiagnosticBag diagnostics)
    {
        foreach (var file in files)
        {
            try
            {
                file.Commit();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Report(PackagingDiagnostics.OutputNotWritable, new SourceLocation(file.Target),
                    $"Cannot move {what} into place. Check the output folder is writable.");
                return false;
            }
        }

        return true;
    }

    public void Dispose()
    {
        Stream.Dispose();
        if (!_committed)
        {
            TryDelete(Temporary);
        }
    }

    /// <summary>
    /// Deletes the temporary files an earlier build left in <paramref name="directory"/> (a killed build cannot
    /// clean up): ours by name, and only when older than <see cref="StaleAfter"/> or when their process is gone.
    /// </summary>
    public static void RemoveStale(string directory, DateTime nowUtc)
    {
        IEnumerable<string> candidates;
        try
        {
            candidates = [.. Directory.EnumerateFiles(directory, Prefix + "*" + Suffix)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return;
        }

        foreach (var path in candidates)
        {
            var info = new FileInfo(path);
            var stale = nowUtc - info.LastWriteTimeUtc > StaleAfter || OwnerIsGone(info.Name);
            if (stale && (info.LinkTarget is not null || (info.Attributes & FileAttributes.Directory) == 0))
            {
                TryDelete(path);
            }
        }
    }

    private static bool OwnerIsGone(string name)
    {
        var rest = name[Prefix.Length..];
        var dash = rest.IndexOf('-');
        if (dash <= 0 || !int.TryParse(rest[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out var processId))
        {
            return false;
        }

        if (processId == Environment.ProcessId)
        {
            return false; // this process may be writing it now (watch mode, preview)
        }

        try
        {
            using var process = Process.GetProcessById(processId);
            return process.HasExited;
        }
        catch (ArgumentException)
        {
            return true;
        }
        catch (InvalidOperationException)
        {
            return true;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next build's clean-up: the build already reports what went wrong.
        }
    }
}
