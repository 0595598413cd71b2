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
public sealed record ReviewOptions(string CourseDirectory, string TemplatesDirectory, string? OutputFile, bool Strict = false);

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
                var bytes = ReviewPackWriter.Write(new ReviewContext(package.Course, warnings));
                var path = options.OutputFile ?? Path.Combine("dist", DefaultFileName(package.Course));
                if (Commit(path, bytes, diagnostics))
                {
                    summary = new BuildSummary(path, ReviewPackWriter.PartCount, 1, bytes.Length, clock.Elapsed);
                }
            }
        }

        var all = diagnostics.ToSortedList();
        return new BuildResult(all, all.Any(d => d.IsError) ? null : summary);
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
