using ScormBuilder.Diagnostics;
using ScormBuilder.Rendering;

namespace ScormBuilder.Cli.Preview;

/// <summary>One attempt to build the course while previewing it.</summary>
/// <param name="Number">Counts from 1, one per attempt, failed ones included.</param>
/// <param name="Diagnostics">Everything the attempt reported, sorted.</param>
/// <param name="Elapsed">How long the attempt took.</param>
/// <param name="Serve">Makes the package to serve, or null when the attempt had errors.</param>
internal sealed record PreviewBuild(int Number, IReadOnlyList<Diagnostic> Diagnostics, Func<ServedPackage>? Serve, TimeSpan Elapsed);

/// <summary>
/// The builds the preview knows of: the latest attempt, whose diagnostics the page shows, and the last good
/// package, which the server keeps serving while a later attempt has errors. Safe to read from any thread.
/// </summary>
/// <param name="target">The platform the test LMS acts as (see <see cref="PreviewTargets"/>).</param>
internal sealed class PreviewBuilds(string target = PreviewTargets.Generic)
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
                _served = build.Serve is null ? _served : build.Serve();
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
            return _latest is null ? null : PreviewStatus.Of(Session, target, _latest, _served);
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
/// The package the server hands out, by path. A built course's files are read into memory once when the build is
/// published: the server never reads a course path again, so a file swapped after a good build (for a link, a FIFO)
/// cannot change or stall what it serves. A package zip is read from the zip itself, one file per request.
/// </summary>
/// <param name="BuildNumber">The build it came from (1 for a package zip).</param>
/// <param name="Course">What the page shows and the test LMS uses: title, mastery score, the file to launch.</param>
/// <param name="Zip">The package's file name when playing a zip, which is served as it is and never rebuilt.</param>
/// <param name="Find">A file's bytes by its path in the package, or null when the package does not hold it.</param>
internal sealed record ServedPackage(int BuildNumber, PreviewStatus.CourseInfo Course, string? Zip, Func<string, byte[]?> Find)
{
    public static ServedPackage Of(int buildNumber, CompiledPackage package)
    {
        Dictionary<string, byte[]> files;
        using (package)
        {
            files = package.Site.Files.ToDictionary(f => f.PackagePath, f => f.ReadAllBytes(), StringComparer.Ordinal);
        }

        files[CompiledPackage.ManifestFileName] = package.Manifest;
        var course = package.Course;
        return new ServedPackage(buildNumber, new PreviewStatus.CourseInfo(course.Id, course.Title, course.Version, course.MasteryScore, "index.html", ""),
            null, files.GetValueOrDefault);
    }
}
