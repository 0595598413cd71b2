using System.Globalization;
using System.Text;
using ScormBuilder.Diagnostics;
using ScormBuilder.Inspection;

namespace ScormBuilder.Cli.Inspection;

/// <summary>
/// The inspect report for a person (an L&amp;D uploader, not a developer): what the package holds, then each finding
/// as 'where: error SBnnnn: reason' with its fix on the next line, then a one-line verdict. Every text taken from the
/// package is escaped, so no name or title can forge a line or drive the terminal.
/// </summary>
internal static class InspectionText
{
    private const int ItemsShown = 50;

    public static string Write(InspectionReport report)
    {
        var text = new StringBuilder();
        Line(text, "Package", $"{Safe(report.Package)} ({Number(report.Bytes)} bytes, {Number(report.FileCount)} files)");
        Line(text, "Made with", Safe(report.Tool));
        if (report.Manifest is { } manifest)
        {
            Describe(text, manifest);
        }

        foreach (var finding in report.Findings)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n{Safe(finding.Where)}: {(finding.BlocksUpload ? "error" : "warning")} {finding.Code}: {Safe(finding.Reason)}\n");
            text.Append(CultureInfo.InvariantCulture, $"  Fix: {Safe(finding.Fix)}\n");
        }

        text.Append('\n').Append(Verdict(report));
        return text.ToString();
    }

    private static void Describe(StringBuilder text, ManifestFacts manifest)
    {
        var launch = manifest.Launch;
        Line(text, "Title", Safe(manifest.Title ?? "not set"));
        Line(text, "Version", Safe(manifest.Version ?? "not set"));
        Line(text, "Launch file", launch is { } l ? $"{Safe(l.Resource.Href!)} (item {Safe(l.Item.Identifier)})" : "none");
        Line(text, "Mastery score", Safe(launch?.Item.MasteryScore ?? "not set (the LMS uses the course's own status)"));
        Line(text, "Max time", Safe(launch?.Item.MaxTimeAllowed ?? "not set"));
        Line(text, "Metadata", Safe(Metadata(manifest)));
        var scos = manifest.Resources.Count(r => r.IsSco);
        Line(text, "Resources", $"{Count(scos, "SCO")}, {Count(manifest.Resources.Count - scos, "asset")}");
        text.Append("Organisations:\n");
        foreach (var organisation in manifest.Organisations)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {Safe(organisation.Identifier)}{(organisation.IsDefault ? " (default)" : "")}: {Safe(organisation.Title)}\n");
            var items = Indented(organisation.Items, 2).ToList();
            foreach (var (item, depth) in items.Take(ItemsShown))
            {
                text.Append(new string(' ', depth * 2)).Append("- ").Append(Item(manifest, item)).Append('\n');
            }

            if (items.Count > ItemsShown)
            {
                text.Append(CultureInfo.InvariantCulture, $"    … and {Number(items.Count - ItemsShown)} more items\n");
            }
        }
    }

    private static string Item(ManifestFacts manifest, ItemFacts item)
    {
        var resource = manifest.Resource(item.ResourceId);
        var opens = resource is null ? "" : $" -> {(resource.IsSco ? "SCO" : "asset")} {Safe(resource.Href ?? resource.Identifier)}";
        var mastery = item.MasteryScore is { } score ? $", mastery score {Safe(score)}" : "";
        return $"{Safe(item.Identifier)}: {Safe(item.Title)}{opens}{mastery}";
    }

    private static IEnumerable<(ItemFacts Item, int Depth)> Indented(IEnumerable<ItemFacts> items, int depth) =>
        items.SelectMany(i => Indented(i.Items, depth + 1).Prepend((i, depth)));

    private static string Metadata(ManifestFacts manifest)
    {
        var parts = new List<string> { $"{manifest.Schema ?? "no schema"} {manifest.SchemaVersion ?? "(no schemaversion)"}" };
        parts.Add(manifest.HasLom ? "LOM in the manifest" : manifest.MetadataLocation is { } location ? $"LOM in {location}" : "no LOM");
        if (manifest.Description is { } description)
        {
            parts.Add($"description: {DiagnosticText.Quote(description)}");
        }

        return string.Join("; ", parts);
    }

    private static string Verdict(InspectionReport report)
    {
        var errors = report.Findings.Count(f => f.BlocksUpload);
        var warnings = report.Findings.Count - errors;
        return errors > 0
            ? $"Result: {Count(errors, "error")}, {Count(warnings, "warning")}. Do not upload this package until the errors are fixed."
            : warnings > 0
                ? $"Result: no errors, {Count(warnings, "warning")}. The package can be uploaded; fix the warnings when you can."
                : "Result: no problems found. The package can be uploaded.";
    }

    private static void Line(StringBuilder text, string label, string value) => text.Append($"{label + ":",-15}{value}\n");

    private static string Safe(string text) => DiagnosticText.Escape(text);

    private static string Number(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    private static string Count(int n, string noun) => $"{Number(n)} {noun}{(n == 1 ? "" : "s")}";
}
