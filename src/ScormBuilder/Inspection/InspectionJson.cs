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

            json.WriteStartArray("findings");
            foreach (var finding in report.Findings)
            {
                json.WriteStartObject();
                json.WriteString("code", finding.Code);
                json.WriteString("severity", finding.BlocksUpload ? "error" : "warning");
                json.WriteString("where", finding.Where);
                json.WriteString("reason", finding.Reason);
                json.WriteString("fix", finding.Fix);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static void Manifest(Utf8JsonWriter json, ManifestFacts manifest)
    {
        var launch = manifest.Launch;
        json.WriteStartObject();
        Text(json, "title", manifest.Title);
        Text(json, "version", manifest.Version);
        Text(json, "launch", launch?.Resource.Href);
        Text(json, "masteryScore", launch?.Item.MasteryScore);
        Text(json, "maxTimeAllowed", launch?.Item.MaxTimeAllowed);
        json.WriteStartObject("metadata");
        Text(json, "schema", manifest.Schema);
        Text(json, "schemaVersion", manifest.SchemaVersion);
        json.WriteBoolean("lom", manifest.HasLom);
        Text(json, "location", manifest.MetadataLocation);
        Text(json, "description", manifest.Description);
        json.WriteEndObject();
        json.WriteStartArray("organisations");
        foreach (var organisation in manifest.Organisations)
        {
            json.WriteStartObject();
            json.WriteString("identifier", organisation.Identifier);
            json.WriteString("title", organisation.Title);
            json.WriteBoolean("default", organisation.IsDefault);
            Items(json, organisation.Items);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("resources");
        foreach (var resource in manifest.Resources)
        {
            json.WriteStartObject();
            json.WriteString("identifier", resource.Identifier);
            Text(json, "scormType", resource.ScormType);
            Text(json, "href", resource.Href);
            json.WriteNumber("files", resource.Files.Count);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Items(Utf8JsonWriter json, IReadOnlyList<ItemFacts> items)
    {
        json.WriteStartArray("items");
        foreach (var item in items)
        {
            json.WriteStartObject();
            json.WriteString("identifier", item.Identifier);
            json.WriteString("title", item.Title);
            Text(json, "resource", item.ResourceId);
            Text(json, "masteryScore", item.MasteryScore);
            Text(json, "maxTimeAllowed", item.MaxTimeAllowed);
            Items(json, item.Items);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Text(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
