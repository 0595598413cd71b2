using System.Text.Json;

namespace ScormBuilder.Cli.Commands;

/// <summary>'build --format json': what the build wrote, for automation: the zip, and each target's sheet with the facts it shows.</summary>
internal static class BuildJson
{
    public static string Write(BuildSummary summary)
    {
        return ReportJson.Write(json =>
        {
            json.WriteStartObject();
            json.WriteString("package", summary.PackagePath?.Replace('\\', '/'));
            json.WriteNumber("bytes", summary.Bytes);
            json.WriteString("sha256", summary.PackageSha256);
            json.WriteNumber("pages", summary.Pages);
            json.WriteNumber("files", summary.Files);
            json.WriteStartArray("targets");
            foreach (var sheet in summary.Sheets)
            {
                WriteSheet(json, sheet, summary);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static void WriteSheet(Utf8JsonWriter json, UploadSheetSummary sheet, BuildSummary summary)
    {
        json.WriteStartObject();
        json.WriteString("target", sheet.Target);
        json.WriteString("platform", sheet.Platform);
        json.WriteString("sheet", sheet.Path.Replace('\\', '/'));
        // A target with its own package name ('package: name:') is uploaded that file: the same bytes as "package".
        if (summary.TargetPackages.FirstOrDefault(p => p.Target == sheet.Target) is { } own)
        {
            json.WriteString("package", own.Path.Replace('\\', '/'));
            json.WriteNumber("bytes", summary.Bytes);
            json.WriteString("sha256", summary.PackageSha256);
        }

        ReportJson.Objects(json, "fields", sheet.Fields, field =>
        {
            json.WriteString("label", field.Label);
            json.WriteString("value", field.Value);
            json.WriteBoolean("required", field.Required);
        });
        Rows(json, "launch", sheet.Launch);
        Rows(json, "stored", sheet.Stored);
        ReportJson.Objects(json, "settings", sheet.Settings, setting =>
        {
            json.WriteString("setting", setting.Setting);
            json.WriteString("choose", setting.Choose);
            json.WriteString("why", setting.Why);
        });
        ReportJson.Strings(json, "checks", sheet.Checks);
        ReportJson.Strings(json, "notPublished", sheet.NotPublished);
        json.WriteEndObject();
    }

    // Each row as label and value; a null value is one the target does not state (launch) or the manifest does not hold (stored).
    private static void Rows(Utf8JsonWriter json, string name, IEnumerable<SheetRow> rows) =>
        ReportJson.Objects(json, name, rows, row =>
        {
            json.WriteString("label", row.Label);
            json.WriteString("value", row.Value);
        });
}
