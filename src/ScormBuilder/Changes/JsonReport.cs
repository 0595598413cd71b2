using System.Text.Json;
using ScormBuilder.Releases;

namespace ScormBuilder.Cli.Changes;

/// <summary>The release notes as JSON for automation: the same changes as the Markdown, every text whole.</summary>
internal static class JsonReport
{
    public static string Write(ReleaseComparison comparison)
    {
        return ReportJson.Write(json =>
        {
            json.WriteStartObject();
            json.WriteString("course", comparison.Current.CourseId);
            json.WriteString("previousVersion", comparison.Previous.Version);
            json.WriteString("version", comparison.Current.Version);
            ReportJson.Objects(json, "changes", comparison.Changes, change =>
            {
                json.WriteString("part", change.PartId);
                json.WriteString("partTitle", change.PartTitle);
                json.WriteString("block", ChangeWords.Name(change.Block));
                json.WriteString("change", ChangeWords.Name(change.Change));
                json.WriteString("id", change.Id);
                json.WriteString("before", change.Before);
                json.WriteString("after", change.After);
                json.WriteString("forLearners", change.ForLearners);
            });
            json.WriteEndObject();
        }) + "\n";
    }
}
