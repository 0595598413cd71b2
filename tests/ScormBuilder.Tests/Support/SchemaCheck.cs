using System.Collections.Concurrent;
using System.Text.Json;
using Json.Schema;

namespace ScormBuilder.Tests.Support;

/// <summary>Checks a YAML file against a committed JSON Schema, as an editor's YAML extension would (JsonSchema.Net).</summary>
internal static class SchemaCheck
{
    private static readonly ConcurrentDictionary<string, JsonSchema> s_schemas = new(StringComparer.Ordinal);

    public static string SchemaPath(string name) => Path.Combine(RepoPaths.Root, "src", "ScormBuilder.Core", "Schemas", name);

    /// <summary>What the schema finds wrong with <paramref name="yaml"/>; empty when it is valid.</summary>
    public static IReadOnlyList<string> Problems(string schemaPath, string yaml) =>
        Problems(s_schemas.GetOrAdd(Path.GetFullPath(schemaPath), path => JsonSchema.FromText(File.ReadAllText(path))), YamlAsJson.Parse(yaml));

    public static IReadOnlyList<string> Problems(JsonSchema schema, JsonElement instance)
    {
        var result = schema.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid)
        {
            return [];
        }

        // An 'if' that does not hold reports why it does not; that is no problem with the file.
        var problems = (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 } && !d.EvaluationPath.ToString().Contains("/if", StringComparison.Ordinal))
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))
            .ToList();
        return problems.Count > 0 ? problems : ["(invalid, with no message)"];
    }
}
