using ScormBuilder.Diagnostics;
using ScormBuilder.Model;

namespace ScormBuilder.Targets;

/// <summary>
/// The targets' own package names (their 'package: name:') filled in with a course's id and version: each must be a
/// file of its own beside the standard zip and the sheets, short enough to unpack, and not one file on Windows with
/// another target's name spelled in another case.
/// </summary>
internal static class TargetPackageNames
{
    /// <summary>Checks each target's own name against <c>written</c>, the other files the build writes (the standard zip and the sheets), and the others' own names.</summary>
    public static void Check(IReadOnlyList<Target> targets, Course course, IReadOnlyList<string> written, DiagnosticBag diagnostics)
    {
        var buildsOwn = new HashSet<string>(written, PackagePaths.CaseInsensitive);
        var seen = new Dictionary<string, Target>(PackagePaths.CaseInsensitive);
        foreach (var target in targets)
        {
            if (target.OwnPackageFileName(course.Id, course.Version) is not { } name)
            {
                continue;
            }

            if (buildsOwn.Contains(name))
            {
                diagnostics.Report(TargetDiagnostics.TargetPackageNameTaken, course.Location,
                    $"Target '{target.Name}' names the package '{name}', which is already the name of a file this build writes. Leave out its 'package: name:', or change it.");
            }
            else if (name.Length > PackagePaths.MaxLength)
            {
                diagnostics.Report(TargetDiagnostics.TargetPackageNameTooLong, course.Location,
                    $"Target '{target.Name}' names the package '{name[..40]}…', {name.Length} characters; a file name may have at most {PackagePaths.MaxLength}. Shorten its 'package: name:' or the course's id.");
            }
            else if (seen.TryGetValue(name, out var first) && first.OwnPackageFileName(course.Id, course.Version) != name)
            {
                diagnostics.Report(TargetDiagnostics.TargetPackageNamesClash, course.Location,
                    $"Targets '{first.Name}' and '{target.Name}' name the package '{first.OwnPackageFileName(course.Id, course.Version)}' and '{name}', one file on Windows and macOS. Spell both names the same, or build for one target at a time.");
            }
            else
            {
                seen.TryAdd(name, target);
            }
        }
    }
}
