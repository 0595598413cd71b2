using ScormBuilder.Diagnostics;
using ScormBuilder.Model;
using ScormBuilder.Sources;

namespace ScormBuilder.Targets;

/// <summary>The --target step of a build: loads each named target and checks the course against its rules.</summary>
internal static class TargetCheck
{
    /// <summary>
    /// Loads the targets (reporting a target that cannot be loaded even when the course has errors of its own) and,
    /// when the course is sound, checks it against each, and the targets' own package names against the files the
    /// build writes (the zip, <paramref name="packageFileName"/>, and each target's sheet).
    /// </summary>
    /// <returns>The targets loaded, in the order named; none when there are none or one could not be loaded.</returns>
    public static IReadOnlyList<Target> Run(IReadOnlyList<string> names, Course? course, string packageFileName, Func<Target, string> sheetFileName, CourseFolder folder,
        DiagnosticBag diagnostics)
    {
        if (names.Count == 0)
        {
            return [];
        }

        var courseSound = course is not null && !diagnostics.HasErrors;
        var targets = TargetLoader.LoadAll(names, folder, diagnostics);
        if (targets is null || !courseSound)
        {
            return targets ?? [];
        }

        foreach (var target in targets)
        {
            new TargetRules(target).Check(course!, packageFileName, diagnostics);
        }

        TargetPackageNames.Check(targets, course!, [packageFileName, .. targets.Select(sheetFileName)], diagnostics);
        return targets;
    }
}
