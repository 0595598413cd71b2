using System.Text.Json;
using ScormBuilder.Inspection;

namespace ScormBuilder.Cli.Inspection;

/// <summary>
/// The inspect report for scripts: the same facts as the text, written field by field (the native tool cannot
/// serialise by reflection) in a fixed order, so one package always gives the same bytes.
/// </summary>
internal static class InspectionJson
{
    public static string Write(InspectionReport report)
    {
        return ReportJson.Write(json =>
        {
            json.WriteStartObject();
            json.WriteString("package", report.Package);
            json.WriteNumber("bytes", report.Bytes);
            json.WriteNumber("files", report.FileCount);
            json.WriteString("tool", report.Tool);
            json.WriteBoolean("blocksUpload", report.BlocksUpload);
            if (report.Manifest is { } manifest)
            {
                json.WritePropertyName("manifest");
                Manifest(json, manifest);
            }

            ReportJson.Objects(json, "findings", report.Findings, finding =>
            {
                json.WriteString("code", finding.Code);
                json.WriteString("severity", finding.BlocksUpload ? "error" : "warning");
                json.WriteString("where", finding.Where);
                json.WriteString("reason", finding.Reason);
                json.WriteString("fix", finding.Fix);
            });
            json.WriteEndObject();
        });
    }

    // WriteString writes a null value as JSON null, so a fact the manifest does not give is null, never left out.
    private static void Manifest(Utf8JsonWriter json, ManifestFacts manifest)
    {
        var launch = manifest.Launch;
        json.WriteStartObject();
        json.WriteString("title", manifest.Title);
        json.WriteString("version", manifest.Version);
        json.WriteString("launch", launch?.Resource.Href);
        json.WriteString("masteryScore", launch?.Item.MasteryScore);
        json.WriteString("maxTimeAllowed", launch?.Item.MaxTimeAllowed);
        json.WriteStartObject("metadata");
        json.WriteString("schema", manifest.Schema);
        json.WriteString("schemaVersion", manifest.SchemaVersion);
        json.WriteBoolean("lom", manifest.HasLom);
        json.WriteString("location", manifest.MetadataLocation);
        json.WriteString("description", manifest.Description);
        json.WriteEndObject();
        ReportJson.Objects(json, "organisations", manifest.Organisations, organisation =>
        {
            json.WriteString("identifier", organisation.Identifier);
            json.WriteString("title", organisation.Title);
            json.WriteBoolean("default", organisation.IsDefault);
            Items(json, organisation.Items);
        });
        ReportJson.Objects(json, "resources", manifest.Resources, resource =>
        {
            json.WriteString("identifier", resource.Identifier);
            json.WriteString("scormType", resource.ScormType);
            json.WriteString("href", resource.Href);
            json.WriteNumber("files", resource.Files.Count);
        });
        json.WriteEndObject();
    }

    private static void Items(Utf8JsonWriter json, IReadOnlyList<ItemFacts> items) =>
        ReportJson.Objects(json, "items", items, item =>
        {
            json.WriteString("identifier", item.Identifier);
            json.WriteString("title", item.Title);
            json.WriteString("resource", item.ResourceId);
            json.WriteString("masteryScore", item.MasteryScore);
            json.WriteString("maxTimeAllowed", item.MaxTimeAllowed);
            Items(json, item.Items);
        });
}
