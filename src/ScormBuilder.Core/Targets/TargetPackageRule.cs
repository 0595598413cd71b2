using ScormBuilder.Diagnostics;
using ScormBuilder.Inspection;

namespace ScormBuilder.Targets;

/// <summary>
/// 'inspect --target': the target's rules that can be read from any package, ours or a supplier's: the lengths of
/// what the platform stores from the manifest (title, keywords, copyright) and the zip's file name.
/// </summary>
internal sealed class TargetPackageRule(Target target) : IPackageRule
{
    public IEnumerable<Finding> Check(InspectedPackage package)
    {
        if (!target.PackageName.Allows(package.Name))
        {
            yield return new Finding(TargetDiagnostics.PackageNameTargetRefuses, package.Name,
                $"The file name does not end in '{target.PackageName.Extension}'{(target.PackageName.ExactCase ? " in that case" : "")}, which {target.Platform} requires.",
                $"Rename it to end in '{target.PackageName.Extension}'.");
        }
        else if (target.PackageName.Pattern is { } pattern && !pattern.Matches(package.Name, target.Name, target.PackageName))
        {
            yield return new Finding(TargetDiagnostics.PackageNameTargetRefuses, package.Name,
                $"The file name does not follow the target's package name '{pattern.Text}' ({{id}} and {{version}} are the course's id and version).",
                $"Rename it to that pattern, e.g. '{pattern.FileNameFor("course-id", "1.0.0", target.Name)}'.");
        }

        if (package.Manifest is not { } manifest)
        {
            yield break;
        }

        var limits = target.Limits;
        foreach (var finding in TooLong("title", manifest.Title, limits.Title).Concat(TooLong("copyright (rights description)", manifest.Copyright, limits.Copyright))
            .Concat(manifest.Keywords.SelectMany(k => TooLong($"keyword '{k}'", k, limits.Keyword)))
            .Concat(TooLong("keywords (joined by commas)", manifest.Keywords.Count == 0 ? null : string.Join(",", manifest.Keywords), limits.Keywords)))
        {
            yield return finding;
        }
    }

    private IEnumerable<Finding> TooLong(string what, string? text, int? most)
    {
        if (text is not null && most is { } limit && text.Length > limit)
        {
            yield return new Finding(TargetDiagnostics.PackageLongerThanTarget, ManifestDocument.Name,
                $"The manifest's {what} is {text.Length} characters; {target.Platform} stores at most {limit}.",
                $"Shorten it to {limit} characters in the authoring tool and export again.");
        }
    }
}
