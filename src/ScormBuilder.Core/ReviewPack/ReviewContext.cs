using ScormBuilder.Diagnostics;
using ScormBuilder.Model;

namespace ScormBuilder.ReviewPack;

/// <summary>
/// What every part of the pack reads: the loaded course, the build's warnings (item-writing findings among them)
/// with their paths made relative to the course folder, so the pack is the same wherever the course sits.
/// </summary>
internal sealed class ReviewContext
{
    private readonly string _displayRoot;

    public ReviewContext(Course course, IReadOnlyList<Diagnostic> warnings)
    {
        Course = course;
        // Every part's location is its file as diagnostics print it: the course folder as given, then its path.
        var first = course.Parts.FirstOrDefault();
        _displayRoot = first is not null && first.IdLocation.Path.EndsWith(first.SourcePath, StringComparison.Ordinal)
            ? first.IdLocation.Path[..^first.SourcePath.Length]
            : "";
        Warnings = [.. warnings.Select(d => d with { Location = d.Location with { Path = Relative(d.Location.Path) } })];
    }

    public Course Course { get; }

    /// <summary>The build's warnings, in its order, each at its course-relative file.</summary>
    public IReadOnlyList<Diagnostic> Warnings { get; }

    /// <summary>The item-writing findings (SB2050–SB2057) among the warnings.</summary>
    public IEnumerable<Diagnostic> Findings => Warnings.Where(d => DiagnosticDescriptors.Find(d.Code)?.IsLint == true);

    /// <summary>A location's file relative to the course folder, as the pack labels it.</summary>
    public string Relative(string displayPath) =>
        _displayRoot.Length > 0 && displayPath.StartsWith(_displayRoot, StringComparison.Ordinal) ? displayPath[_displayRoot.Length..] : displayPath;

    /// <summary>The findings at lines <paramref name="from"/> up to (not including) <paramref name="until"/> of a file.</summary>
    public IEnumerable<Diagnostic> FindingsAt(string path, int from, int until) =>
        Findings.Where(d => d.Location.Path == path && d.Location.Line >= from && d.Location.Line < until);
}
