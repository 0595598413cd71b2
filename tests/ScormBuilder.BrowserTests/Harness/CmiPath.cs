using System.Text.Json.Nodes;

namespace ScormBuilder.BrowserTests.Harness;

/// <summary>Reads a dotted CMI element (<c>cmi.interactions.0.id</c>) out of scorm-again's CMI JSON.</summary>
public static class CmiPath
{
    public static string? Read(JsonObject cmi, string element)
    {
        var path = element.StartsWith("cmi.", StringComparison.Ordinal) ? element["cmi.".Length..] : element;
        JsonNode? node = cmi;
        foreach (var part in path.Split('.'))
        {
            node = node is JsonObject parent && parent.TryGetPropertyValue(part, out var child) ? child : null;
        }

        return node is JsonValue value ? value.ToString() : null;
    }
}
