using System.Diagnostics;
using ScormBuilder.Diagnostics;
using ScormBuilder.Packaging;
using ScormBuilder.ReviewPack;

namespace ScormBuilder;

/// <summary>What to put in a review pack and where.</summary>
/// <param name="CourseDirectory">The folder holding course.yaml.</param>
/// <param name="TemplatesDirectory">The templates the course is checked with, as for a build.</param>
/// <param name="OutputFile">The pack's file; null for <see cref="CourseReviewer.DefaultFileName"/> under 'dist'.</param>
/// <param name="Strict">As for a build: the review record's warnings, and the item-writing findings, become errors.</param>
/// <param name="Since">An earlier release's package to compare with, so the pack marks what changed since; null for none.</param>
public sealed record ReviewOptions(string CourseDirectory, string TemplatesDirectory, string? OutputFile, bool Strict = false, string? Since = null);

/// <summary>
/// 'scormbuilder review': compiles the course as a check does, with the item-writing checks on, and writes what a
/// reviewer signs off as one HTML file (ReviewPack/ReviewPackWriter). A course with errors gets no pack.
/// </summary>
public sealed class CourseReviewer(CourseCompiler compiler)
{
    public static CourseReviewer Default { get; } = new(CourseCompiler.Default);

    /// <summary>The pack's default name: '&lt;id&gt;-&lt;version&gt;-review.html'.</summary>
    public static string DefaultFileName(Model.Course course) => $"{course.Id}-{course.Version}-review.html";

    /// <summary>Writes the pack; the result's summary names it, and is null (nothing written) when the course has errors.</summary>
    public BuildResult Run(ReviewOptions options)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag(SeverityMap.For(options.Strict, lint: true));
        BuildSummary? summary = null;
        using (var package = compiler.Compile(options.CourseDirectory, options.TemplatesDirectory, diagnostics))
        {
            if (package is not null && !diagnostics.HasErrors)
            {
                var warnings = diagnostics.ToSortedList();
                var changes = ChangesSince(options.Since, package, diagnostics);
                var bytes = changes is null ? null : ReviewPackWriter.Write(new ReviewContext(package.Course, warnings), changes);
                var path = options.OutputFile ?? Path.Combine("dist", DefaultFileName(package.Course));
                if (bytes is not null && Commit(path, bytes, diagnostics))
                {
                    summary = new BuildSummary(path, ReviewPackWriter.PartCount, 1, bytes.Length, clock.Elapsed)
                    {
                        Holds = ReviewPackWriter.Holds(package.Course, bytes.Length, changes!),
                    };
                }
            }
        }

        var all = diagnostics.ToSortedList();
        return new BuildResult(all, all.Any(d => d.IsError) ? null : summary);
    }

    // The current release is read from the compiled page exactly as 'changes' reads it; a bad package reports why (SB4020–SB4025).
    private static IReviewChanges? ChangesSince(string? since, CompiledPackage package, DiagnosticBag diagnostics)
    {
        if (since is null)
        {
            return NoChanges.Instance;
        }

        return Releases.ReleaseComparison.Between(since, Releases.ReleaseComparison.Read(package.Site), diagnostics) is { } comparison
            ? new ReleaseChanges(package.Course, comparison, Path.GetFileName(since))
            : null;
    }

    private static bool Commit(string path, byte[] bytes, DiagnosticBag diagnostics)
    {
        try
        {
            using var file = PendingFile.Create(path);
            file.Stream.Write(bytes);
            file.Commit();
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(PackagingDiagnostics.OutputNotWritable, new SourceLocation(path),
                "Cannot write the review pack. Check the output folder is writable.");
            return false;
        }
    }
}
