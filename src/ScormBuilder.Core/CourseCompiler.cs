using System.Diagnostics;
using ScormBuilder.Diagnostics;
using ScormBuilder.Loading;
using ScormBuilder.Model;
using ScormBuilder.Packaging;
using ScormBuilder.Rendering;
using ScormBuilder.Validation;

namespace ScormBuilder;

/// <summary>What to compile and where to.</summary>
/// <param name="CourseDirectory">The folder holding course.yaml.</param>
/// <param name="TemplatesDirectory">The Handlebars templates, CSS, runtime and schema files.</param>
/// <param name="OutputDirectory">Where the zip goes; null to check only.</param>
public sealed record BuildOptions(string CourseDirectory, string TemplatesDirectory, string? OutputDirectory);

/// <summary>The outcome of one run: every diagnostic, and the package when one was written.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, BuildSummary? Summary)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);
}

/// <summary>What a successful run produced. <see cref="PackagePath"/> is null for a check.</summary>
public sealed record BuildSummary(string? PackagePath, int Pages, int Files, long Bytes, TimeSpan Elapsed);

/// <summary>
/// The pipeline: Load → Validate → Render → Package. Each stage adds diagnostics, and the run stops after any
/// stage that reported an error, so later stages only ever see a sound course.
/// </summary>
public sealed class CourseCompiler
{
    public static string PackageFileName(Course course) => $"{course.Id}-{course.Version}-scorm12.zip";

    public BuildResult Run(BuildOptions options)
    {
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var summary = Compile(options, diagnostics, clock);
        var all = diagnostics.ToSortedList();
        return new BuildResult(all, all.Any(d => d.IsError) ? null : summary);
    }

    private static BuildSummary? Compile(BuildOptions options, DiagnosticBag diagnostics, Stopwatch clock)
    {
        var folder = new CourseFolder(options.CourseDirectory);
        var templates = TemplateSet.Load(options.TemplatesDirectory, diagnostics);
        var course = new CourseLoader().Load(folder, diagnostics);
        if (course is null || templates is null || diagnostics.HasErrors)
        {
            return null;
        }

        new CourseValidator().Validate(course, folder, diagnostics);
        if (diagnostics.HasErrors)
        {
            return null;
        }

        var site = new SiteRenderer(templates).Render(course, folder, diagnostics);
        if (site is null || diagnostics.HasErrors)
        {
            return null;
        }

        var manifest = ManifestWriter.Write(course, site);
        var fileCount = site.Files.Count + 1;
        if (options.OutputDirectory is null)
        {
            return new BuildSummary(null, site.PageCount, fileCount, manifest.Length + site.Files.Sum(f => f.Length), clock.Elapsed);
        }

        var zipPath = Path.Combine(options.OutputDirectory, PackageFileName(course));
        var bytes = new PackageWriter().Write(zipPath, manifest, site, diagnostics);
        return bytes is null ? null : new BuildSummary(zipPath, site.PageCount, fileCount, bytes.Value, clock.Elapsed);
    }
}
