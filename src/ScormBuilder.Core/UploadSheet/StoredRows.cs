using System.Xml.Linq;
using ScormBuilder.Inspection;
using ScormBuilder.Targets;

namespace ScormBuilder.UploadSheet;

/// <summary>
/// What a target's platform keeps from the manifest, each with the value this package's own manifest holds, read back
/// from the manifest written (not from course.yaml), so the uploader compares the platform with what was sent.
/// </summary>
internal static class StoredRows
{
    /// <summary>The manifest's facts, from the bytes the build wrote into the zip.</summary>
    public static ManifestFacts Read(byte[] manifest)
    {
        using var stream = new MemoryStream(manifest);
        return ManifestFacts.Read(XDocument.Load(stream));
    }

    public static IReadOnlyList<SheetRow> Of(Target target, ManifestFacts manifest)
    {
        var item = manifest.Launch?.Item;
        return [.. target.Stores.Select(field => new SheetRow(Label(field), field switch
        {
            "title" => manifest.Title,
            "description" => manifest.Description,
            "keywords" => manifest.Keywords.Count == 0 ? null : string.Join(", ", manifest.Keywords),
            "copyright" => manifest.Copyright,
            "mastery_score" => item?.MasteryScore,
            "max_time_allowed" => item?.MaxTimeAllowed,
            "launch_data" => item?.DataFromLms,
            _ => throw new ArgumentOutOfRangeException(nameof(target), field, "Not a field TargetShape.StoredFields lists."),
        }))];
    }

    private static string Label(string field) => field switch
    {
        "title" => "Title",
        "description" => "Description",
        "keywords" => "Keywords",
        "copyright" => "Copyright",
        "mastery_score" => "Mastery score (the pass mark, out of 100)",
        "max_time_allowed" => "Maximum time allowed",
        "launch_data" => "Launch data",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not a field TargetShape.StoredFields lists."),
    };
}
