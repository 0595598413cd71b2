using System.Diagnostics;
using System.Runtime.ExceptionServices;
using ScormBuilder.Diagnostics;
using ScormBuilder.Loading;
using ScormBuilder.Model;
using ScormBuilder.Packaging;
using ScormBuilder.Rendering;
using ScormBuilder.Sources;
using ScormBuilder.Targets;
using ScormBuilder.UploadSheet;
using ScormBuilder.Validation;

namespace ScormBuilder;

/// <summary>What to compile and where to.</summary>
/// <param name="CourseDirectory">The folder holding course.yaml.</param>
/// <param name="TemplatesDirectory">The Scriban templates, CSS, runtime and schema files.</param>
/// <param name="OutputDirectory">Where the zip goes; null to check only.</param>
/// <param name="Strict">Treat ids removed since the last release (tracking.lock), and a version that is not approved (course.yaml's reviews), as errors, not warnings.</param>
/// <param name="UpdateLock">After a successful build, record the course's ids in tracking.lock.</param>
/// <param name="Lint">Report the item-writing checks on the quiz (SB2050–SB2057) as warnings; errors with <paramref name="Strict"/>.</param>
/// <param name="Targets">The platforms (--target) whose rules the course must keep: built-in names or targets/NAME.yaml beside course.yaml; none for no platform's rules.</param>
public sealed record BuildOptions(string CourseDirectory, string TemplatesDirectory, string? OutputDirectory, bool Strict = false, bool UpdateLock = false,
    bool Lint = false, IReadOnlyList<string>? Targets = null);

/// <summary>The outcome of one run: every diagnostic, and the package when one was written.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, BuildSummary? Summary)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);
}

/// <summary>What a successful run produced. <see cref="PackagePath"/> is null for a check.</summary>
public sealed record BuildSummary(string? PackagePath, int Pages, int Files, long Bytes, TimeSpan Elapsed)
{
    /// <summary>What the written file holds, in words, where pages and files would not say it (the review pack); null for a package.</summary>
    public string? Holds { get; init; }

    /// <summary>The uploader's sheet written beside the package for each --target, in the order the targets were named.</summary>
    public IReadOnlyList<UploadSheetSummary> Sheets { get; init; } = [];

    /// <summary>The package written again under each target's own name ('package: name:'), in the order the targets were named.</summary>
    public IReadOnlyList<TargetPackageSummary> TargetPackages { get; init; } = [];

    /// <summary>The SHA-256 of the zip written, in lower-case hex, when it was written for a target; otherwise null.</summary>
    public string? PackageSha256 { get; init; }
}

/// <summary>
/// A compiled package: every file it will contain, the manifest included. Media are held as the open files the
/// sandbox checked, read when the package is written; disposing closes them.
/// </summary>
public sealed record CompiledPackage(Course Course, RenderedSite Site, byte[] Manifest) : IDisposable
{
    /// <summary>The manifest's name in the package.</summary>
    public const string ManifestFileName = ManifestWriter.FileName;

    public string FileName => FileNameOf(Course);

    /// <summary>The package's file name: the same for every target, as the package's bytes are.</summary>
    public static string FileNameOf(Course course) => $"{course.Id}-{course.Version}-scorm12.zip";

    public int FileCount => Site.Files.Count + 1;

    public long UncompressedBytes => Manifest.Length + Site.Files.Sum(f => f.Length);

    /// <summary>What holds the package's open files.</summary>
    internal IDisposable? Files { get; init; }

    /// <summary>The targets (--target) loaded and checked with the course, in the order they were named.</summary>
    internal IReadOnlyList<Target> Targets { get; init; } = [];

    public void Dispose() => Files?.Dispose();
}

/// <summary>
/// The compiler: Load → Validate → Render → Package, each stage extended by the <see cref="CompilerPipeline"/> it
/// is made from. Each stage adds diagnostics, and the run stops after any stage that reported an error, so later
/// stages only ever see a sound course.
/// </summary>
public sealed class CourseCompiler(CompilerPipeline pipeline)
{
    /// <summary>The compiler of every kind ScormBuilder knows.</summary>
    public static CourseCompiler Default { get; } = new(CompilerPipeline.Default);

    /// <summary>Loads a course into the model without validating or rendering it; null when it cannot be built.</summary>
    public Course? Load(string courseDirectory, DiagnosticBag diagnostics)
    {
        using var folder = new CourseFolder(courseDirectory);
        return Loader.Load(folder, diagnostics);
    }

    /// <summary>The longest saved progress (<c>cmi.suspend_data</c>) the learner runtime can write for a course.</summary>
    public SuspendDataSize SavedStateWorstCase(Course course) => new SuspendDataBudget(pipeline.SavedState).WorstCase(course);

    /// <summary>Compiles a course in memory (for check and preview); returns null when it has errors.</summary>
    public CompiledPackage? Compile(string courseDirectory, string templatesDirectory, DiagnosticBag diagnostics) =>
        Compile(courseDirectory, bag => TemplateSet.Load(templatesDirectory, bag), diagnostics, []);

    /// <summary>
    /// Compiles a course in memory with templates the caller loaded, so that watch mode loads them once and not on
    /// every rebuild. Pass null when they failed to load: the course is still loaded, to report its errors too.
    /// <paramref name="targets"/> names the platforms whose rules the course must keep (--target), or none.
    /// </summary>
    public CompiledPackage? Compile(string courseDirectory, TemplateSet? templates, DiagnosticBag diagnostics, IReadOnlyList<string>? targets = null) =>
        Compile(courseDirectory, _ => templates, diagnostics, targets ?? []);

    /// <summary>
    /// Compiles, then writes the zip when <see cref="BuildOptions.OutputDirectory"/> is set. Cancelled (Ctrl+C), it
    /// throws <see cref="OperationCanceledException"/> between stages or between files of the zip, and leaves no file behind.
    /// </summary>
    public BuildResult Run(BuildOptions options, CancellationToken cancellation = default) =>
        Run(options, diagnostics => TemplateSet.Load(options.TemplatesDirectory, diagnostics), cancellation);

    /// <summary>
    /// Like <see cref="Run(BuildOptions, CancellationToken)"/>, with the templates <paramref name="loadTemplates"/> returns; it reports
    /// its problems into the bag it is given. Watch mode hands back the templates it loaded for an earlier run.
    /// </summary>
    public BuildResult Run(BuildOptions options, Func<DiagnosticBag, TemplateSet?> loadTemplates, CancellationToken cancellation = default)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag(SeverityMap.For(options.Strict, options.Lint));
        BuildSummary? summary;
        using (var folder = new CourseFolder(options.CourseDirectory))
        {
            summary = Build(options, folder, loadTemplates, diagnostics, clock, cancellation);
        }

        var all = diagnostics.ToSortedList();
        return new BuildResult(all, all.Any(d => d.IsError) ? null : summary);
    }

    private CourseLoader Loader => new(pipeline.Loaders, pipeline.SourceFolders, pipeline.BlockReaders);

    // What check and preview compile: the package owns the folder's open files, and closes them when disposed.
    private CompiledPackage? Compile(string courseDirectory, Func<DiagnosticBag, TemplateSet?> loadTemplates, DiagnosticBag diagnostics,
        IReadOnlyList<string> targets)
    {
        var folder = new CourseFolder(courseDirectory);
        if (Compile(folder, loadTemplates, diagnostics, targets, minify: false, CancellationToken.None) is not { } package)
        {
            folder.Dispose();
            return null;
        }

        return package with { Files = folder };
    }

    // A package is minified; what check and preview compile is not, so that preview serves the runtime as written.
    private CompiledPackage? Compile(CourseFolder folder, Func<DiagnosticBag, TemplateSet?> loadTemplates, DiagnosticBag diagnostics,
        IReadOnlyList<string> targets, bool minify, CancellationToken cancellation)
    {
        // Loading the templates and warming up the HTML checker (the first parse of a page is the slowest step of a
        // cold build) need nothing from the course, so they run beside loading and validating it. The templates
        // report into a bag of their own, so that their errors cannot decide, by timing, whether the course gets
        // validated.
        var templateDiagnostics = new DiagnosticBag();
        TemplateSet? templates = null;
        Course? course = null;
        IReadOnlyList<Target> loadedTargets = [];
        Together(
            () => templates = LoadTemplates(loadTemplates, templateDiagnostics, minify),
            () => (course, loadedTargets) = LoadAndValidate(folder, diagnostics, targets, cancellation));
        diagnostics.AddRange(templateDiagnostics);
        cancellation.ThrowIfCancellationRequested();
        if (course is null || templates is null || diagnostics.HasErrors)
        {
            return null;
        }

        var site = new SiteRenderer(templates, pipeline.Renderers, pipeline.BlockRenderers).Render(course, folder, diagnostics);
        cancellation.ThrowIfCancellationRequested();
        if (site is not null && minify)
        {
            var (shipped, warnings) = templates.ShippedFiles;
            site = site.Replacing(shipped);
            diagnostics.AddRange(warnings);
        }

        return site is null || diagnostics.HasErrors ? null : new CompiledPackage(course, site, ManifestWriter.Write(course, site)) { Targets = loadedTargets };
    }

    private static TemplateSet? LoadTemplates(Func<DiagnosticBag, TemplateSet?> loadTemplates, DiagnosticBag diagnostics, bool minify)
    {
        var templates = loadTemplates(diagnostics);
        if (minify)
        {
            _ = templates?.ShippedFiles;
        }

        HtmlChecker.WarmUp();
        return templates;
    }

    private (Course? Course, IReadOnlyList<Target> Targets) LoadAndValidate(CourseFolder folder, DiagnosticBag diagnostics, IReadOnlyList<string> targets,
        CancellationToken cancellation)
    {
        var course = Loader.Load(folder, diagnostics);
        if (course is not null && !diagnostics.HasErrors && !cancellation.IsCancellationRequested)
        {
            new CourseValidator([.. pipeline.Rules, new SuspendDataBudget(pipeline.SavedState)]).Validate(course, diagnostics);
            new TrackingLockCheck(pipeline.KindOrder, pipeline.TrackedKinds)
                .Check(course, new SourceLocation(folder.DisplayPath(TrackingLockReader.FileName)), diagnostics);
        }

        var loaded = TargetCheck.Run(targets, course, course is null ? "" : CompiledPackage.FileNameOf(course), t => UploadSheets.FileNameOf(course!, t), folder, diagnostics);
        return (course, loaded);
    }

    // Runs both, the second on this thread, and rethrows the first failure as itself rather than wrapped.
    private static void Together(Action first, Action second)
    {
        try
        {
            Parallel.Invoke(first, second);
        }
        catch (AggregateException e)
        {
            ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }
    }

    private BuildSummary? Build(BuildOptions options, CourseFolder folder, Func<DiagnosticBag, TemplateSet?> loadTemplates, DiagnosticBag diagnostics,
        Stopwatch clock, CancellationToken cancellation)
    {
        var package = Compile(folder, loadTemplates, diagnostics, options.Targets ?? [], minify: options.OutputDirectory is not null, cancellation);
        if (package is null)
        {
            return null;
        }

        // Every output is written to a temporary file first and moved into place only when all are complete: the
        // package, then its uploader's sheets, then the lock, so a lock never records a release whose package was not
        // written, and a sheet never describes a zip that is not there.
        string? zipPath = null;
        var bytes = package.UncompressedBytes;
        using var zip = options.OutputDirectory is null ? null
            : new PackageWriter().Write(zipPath = Path.Combine(options.OutputDirectory, package.FileName), package.Manifest, package.Site, diagnostics, cancellation);
        if (zipPath is not null && zip is null)
        {
            return null;
        }

        using var lockFile = options.UpdateLock ? TrackingLockWriter.Write(package.Course, pipeline.KindOrder, folder, diagnostics) : null;
        if (options.UpdateLock && lockFile is null)
        {
            return null;
        }

        var targets = zip is null ? [] : package.Targets;
        using var copies = zip is null ? TargetPackageFiles.None : TargetPackageFiles.Write(targets, package.Course, options.OutputDirectory!, zip, diagnostics);
        using var sheets = zip is null || copies is null ? UploadSheets.None : WriteSheets(targets, options, package, zip, diagnostics);
        if (copies is null || sheets is null)
        {
            return null;
        }

        // The last moment to stop: past it, the package is moved into place.
        cancellation.ThrowIfCancellationRequested();
        if (zip is not null)
        {
            bytes = PackageWriter.LengthOf(zip);
            if (!Commit(zip, () => diagnostics.Report(PackagingDiagnostics.OutputNotWritable, new SourceLocation(zipPath!),
                "Cannot move the package into place. Check the output folder is writable.")))
            {
                return null;
            }
        }

        if (!copies.Commit(diagnostics) || !sheets.Commit(diagnostics))
        {
            return null;
        }

        if (lockFile is not null && !Commit(lockFile, () => TrackingLockWriter.Report(folder, "it cannot be moved into place", diagnostics)))
        {
            return null;
        }

        return new BuildSummary(zipPath, package.Site.PageCount, package.FileCount, bytes, clock.Elapsed)
        {
            Sheets = sheets.Summaries(options.OutputDirectory ?? ""),
            TargetPackages = copies.Summaries(options.OutputDirectory ?? ""),
            PackageSha256 = sheets.Package?.Sha256,
        };
    }

    private static UploadSheets? WriteSheets(IReadOnlyList<Target> targets, BuildOptions options, CompiledPackage package, PendingFile zip, DiagnosticBag diagnostics)
    {
        if (targets.Count == 0)
        {
            return UploadSheets.None;
        }

        var facts = PackageFacts.Of(Path.GetFileName(zip.Target), zip.Stream);
        return UploadSheets.Write(targets, package.Course, package.Manifest, options.OutputDirectory!, facts, diagnostics);
    }

    private static bool Commit(PendingFile file, Action report)
    {
        try
        {
            file.Commit();
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            report();
            return false;
        }
    }
}
