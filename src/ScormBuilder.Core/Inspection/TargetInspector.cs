using ScormBuilder.Diagnostics;
using ScormBuilder.Sources;
using ScormBuilder.Targets;

namespace ScormBuilder.Inspection;

/// <summary>'inspect --target': the package inspector with the named targets' package rules after SCORM 1.2's.</summary>
public static class TargetInspector
{
    /// <summary>
    /// The inspector for <paramref name="names"/>: built-in targets, or targets/NAME.yaml under <paramref name="folder"/>;
    /// null when one cannot be loaded (each problem reported).
    /// </summary>
    public static PackageInspector? For(IReadOnlyList<string> names, string folder, DiagnosticBag diagnostics)
    {
        using var source = new CourseFolder(folder, "folder");
        var targets = TargetLoader.LoadAll(names, source, diagnostics);
        return targets is null ? null : PackageInspector.Default.With([.. targets.Select(t => new TargetPackageRule(t))]);
    }
}
