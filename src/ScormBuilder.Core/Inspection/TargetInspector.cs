using ScormBuilder.Diagnostics;
using ScormBuilder.Sources;
using ScormBuilder.Targets;

namespace ScormBuilder.Inspection;

/// <summary>'inspect --target': the package inspector with the named targets' package rules after SCORM 1.2's.</summary>
public static class TargetInspector
{
    /// <summary>
    /// The inspector for <paramref name="targets"/>: each a target file's path (ending in .yaml or .yml), or a name of
    /// targets/NAME.yaml under <paramref name="folder"/> or of a built-in target; null when one cannot be loaded (each
    /// problem reported).
    /// </summary>
    public static PackageInspector? For(IReadOnlyList<string> targets, string folder, DiagnosticBag diagnostics)
    {
        using var source = new CourseFolder(folder, "folder");
        var loaded = targets.Distinct(StringComparer.Ordinal)
            .Select(t => TargetLoader.IsFilePath(t) ? TargetLoader.LoadFile(t, diagnostics) : TargetLoader.Load(t, source, diagnostics, besideCourse: false))
            .ToList();
        return loaded.Any(t => t is null) ? null : PackageInspector.Default.With([.. loaded.Select(t => new TargetPackageRule(t!))]);
    }
}
