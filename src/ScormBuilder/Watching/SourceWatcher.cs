using System.Threading.Channels;

namespace ScormBuilder.Cli.Watching;

/// <summary>
/// Watches the course and templates folders and hands out changes in batches: a batch ends once the folders
/// have been quiet for a moment, because editors save a file as several events (write a temporary file, rename
/// it over the old one) and one save should cause one rebuild.
/// </summary>
internal sealed class SourceWatcher : IDisposable
{
    // Editors finish a save (temporary file, rename) within a few milliseconds; a change that lands during a build
    // starts the next one, so a short wait loses nothing and keeps save-to-rebuilt under 50 ms.
    private static readonly TimeSpan s_quietPeriod = TimeSpan.FromMilliseconds(25);

    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>();
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly string[] _ignoredFolders;

    /// <param name="folders">The folders to watch, with everything under them.</param>
    /// <param name="ignoredFolders">Folders whose changes do not count, such as the output folder.</param>
    public SourceWatcher(IEnumerable<string> folders, IEnumerable<string> ignoredFolders)
    {
        _ignoredFolders = [.. ignoredFolders.Select(f => Path.TrimEndingDirectorySeparator(Path.GetFullPath(f)) + Path.DirectorySeparatorChar)];
        foreach (var folder in folders.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            watcher.Changed += (_, e) => Add(folder, e.FullPath);
            watcher.Created += (_, e) => Add(folder, e.FullPath);
            watcher.Deleted += (_, e) => Add(folder, e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                Add(folder, e.OldFullPath);
                Add(folder, e.FullPath);
            };
            // Events were lost (too many at once): rebuild anyway, since something changed.
            watcher.Error += (_, _) => _changes.Writer.TryWrite(folder);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    /// <summary>Waits for the next batch of changes and returns the full paths that changed.</summary>
    public async Task<IReadOnlyList<string>> NextChangesAsync(CancellationToken cancellationToken)
    {
        var batch = new List<string> { await _changes.Reader.ReadAsync(cancellationToken) };
        while (true)
        {
            using var quiet = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            quiet.CancelAfter(s_quietPeriod);
            try
            {
                batch.Add(await _changes.Reader.ReadAsync(quiet.Token));
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return [.. batch.Distinct(StringComparer.Ordinal)];
            }
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _changes.Writer.TryComplete();
    }

    private void Add(string folder, string fullPath)
    {
        if (!IsIgnored(Path.GetRelativePath(folder, fullPath), fullPath))
        {
            _changes.Writer.TryWrite(fullPath);
        }
    }

    private bool IsIgnored(string relativePath, string fullPath)
    {
        if (_ignoredFolders.Any(folder => fullPath.StartsWith(folder, StringComparison.Ordinal) || fullPath + Path.DirectorySeparatorChar == folder))
        {
            return true;
        }

        // Editors' swap, backup and lock files, and hidden folders such as .git: none of them is a source.
        var name = Path.GetFileName(relativePath);
        return name.EndsWith('~') || name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".swx", StringComparison.Ordinal) ||
            name.StartsWith(".#", StringComparison.Ordinal) || name == "4913" ||
            relativePath.Split(Path.DirectorySeparatorChar).Any(segment => segment.Length > 1 && segment[0] == '.' && segment != "..");
    }
}
