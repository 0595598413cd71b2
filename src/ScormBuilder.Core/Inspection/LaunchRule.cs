using System.Globalization;
using ScormBuilder.Diagnostics;

namespace ScormBuilder.Inspection;

/// <summary>
/// What the LMS launches and tracks: an item of the default organisation that opens a resource, every launched
/// resource a SCO (adlcp:scormtype="sco", in lower case: Moodle matches the string), and mastery scores from 0 to 100.
/// </summary>
internal sealed class LaunchRule : IPackageRule
{
    public IEnumerable<Finding> Check(InspectedPackage package)
    {
        if (package.Manifest is not { } manifest)
        {
            yield break;
        }

        if (manifest.Launch is null)
        {
            yield return new Finding(InspectionDiagnostics.NothingToLaunch, ManifestDocument.Name,
                "No item of the default organisation opens a resource with an href, so the LMS has nothing to launch.",
                "Give an <item> an identifierref naming a <resource> that has href=\"index.html\" (or the course's start page).");
        }

        var items = manifest.Organisations.SelectMany(o => ManifestFacts.Flatten(o.Items)).ToList();
        var launched = items.Select(i => manifest.Resource(i.ResourceId)).OfType<ResourceFacts>().Distinct();
        foreach (var resource in launched.Where(r => !r.IsSco && r.ScormType != "asset"))
        {
            var spelled = resource.ScormType is null ? "has no adlcp:scormtype" : $"has adlcp:scormtype={Names.Quoted(resource.ScormType)}";
            yield return new Finding(InspectionDiagnostics.ScoWithoutScormType, At(resource.Line),
                $"Resource {Names.Quoted(resource.Identifier)} is launched by an item but {spelled}, so the LMS treats it as an asset and records no progress or score.",
                "Add adlcp:scormtype=\"sco\" (lower case) to that <resource>.");
        }

        foreach (var item in items.Where(i => i.MasteryScore is { } score && !IsScore(score)))
        {
            yield return new Finding(InspectionDiagnostics.MasteryScoreInvalid, At(item.Line),
                $"Item {Names.Quoted(item.Identifier)} has mastery score {Names.Quoted(item.MasteryScore!)}, not a number from 0 to 100.",
                "Write the pass mark as a number from 0 to 100, e.g. <adlcp:masteryscore>80</adlcp:masteryscore>.");
        }
    }

    internal static string At(int line) => line > 0 ? $"{ManifestDocument.Name}({line},1)" : ManifestDocument.Name;

    private static bool IsScore(string text) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var score) && score is >= 0 and <= 100;
}
