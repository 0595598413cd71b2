using ScormBuilder.Diagnostics;
using ScormBuilder.Rendering;

namespace ScormBuilder.Cli.Preview;

/// <summary>One attempt to build the course while previewing it.</summary>
/// <param name="Number">Counts from 1, one per attempt, failed ones included.</param>
/// <param name="Diagnostics">Everything the attempt reported, sorted.</param>
/// <param name="Package">The compiled course, or null when the attempt had errors.</param>
/// <param name="Elapsed">How long the attempt took.</param>
internal sealed record PreviewBuild(int Number, IReadOnlyList<Diagnostic> Diagnostics, CompiledPackage? Package, TimeSpan Elapsed);

/// <summary>
/// The builds the preview knows of: the latest attempt, whose diagnostics the page shows, and the last good
/// package, which the server keeps serving while a later attempt has errors. Safe to read from any thread.
/// </summary>
internal sealed class PreviewBuilds
{
    private readonly Lock _lock = new();
    private PreviewBuild? _latest;
    private ServedPackage? _served;
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Tells this run of the server from an earlier one, so a page left open reloads after a restart.</summary>
    public string Session { get; } = Guid.NewGuid().ToString("N")[..12];

    public ServedPackage? Served
    {
        get
        {
            lock (_lock)
            {
                return _served;
            }
        }
    }

    public void Publish(PreviewBuild build)
    {
        TaskCompletionSource waiting;
        lock (_lock)
        {
            _latest = build;
            // A media file that shrank since it was checked cannot be read whole: the last good build stays served.
            try
            {
                _served = build.Package is null ? _served : new ServedPackage(build.Number, build.Package);
            }
            catch (IOException)
            {
            }

            waiting = _next;
            _next = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        waiting.SetResult();
    }

    /// <summary>The state the page shows; null until the first build is published.</summary>
    public PreviewStatus? Status()
    {
        lock (_lock)
        {
            return _latest is null ? null : PreviewStatus.Of(Session, _latest, _served);
        }
    }

    /// <summary>Waits until a build newer than <paramref name="number"/> is published.</summary>
    public Task WaitForBuildAfterAsync(int number, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return _latest is { } latest && latest.Number > number ? Task.CompletedTask : _next.Task.WaitAsync(cancellationToken);
        }
    }
}

/// <summary>
/// The package the server hands out, indexed by path, every file's bytes read into memory once when the build is
/// published: the server never reads a course path again, so a file swapped after a good build (for a link, a
/// FIFO) cannot change or stall what it serves. The manifest is served too, to be looked at.
/// </summary>
internal sealed class ServedPackage
{
    private readonly Dictionary<string, byte[]> _files;

    public ServedPackage(int buildNumber, CompiledPackage package)
    {
        BuildNumber = buildNumber;
        Package = package;
        using (package)
        {
            _files = package.Site.Files.ToDictionary(f => f.PackagePath, f => f.ReadAllBytes(), StringComparer.Ordinal);
        }

        _files[CompiledPackage.ManifestFileName] = package.Manifest;
    }

    public int BuildNumber { get; }

    /// <summary>The package as compiled; its open files are closed, so read files through <see cref="Find"/>.</summary>
    public CompiledPackage Package { get; }

    public byte[]? Find(string packagePath) => _files.GetValueOrDefault(packagePath);
}
