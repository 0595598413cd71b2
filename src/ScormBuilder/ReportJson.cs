using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ScormBuilder.Cli;

/// <summary>
/// The one way the commands print a report as JSON: indented, non-ASCII text as itself, '\n' line endings on every
/// system. Reports are written field by field (the native tool cannot serialise by reflection) in a fixed order, so
/// the same facts always give the same bytes.
/// </summary>
internal static class ReportJson
{
    public static string Write(Action<Utf8JsonWriter> writeBody)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writeBody(json);
        }

        return Encoding.UTF8.GetString(buffer.ToArray()).ReplaceLineEndings("\n");
    }

    /// <summary>An array property of objects, each written by <paramref name="writeFields"/> between its braces.</summary>
    public static void Objects<T>(Utf8JsonWriter json, string name, IEnumerable<T> items, Action<T> writeFields)
    {
        json.WriteStartArray(name);
        foreach (var item in items)
        {
            json.WriteStartObject();
            writeFields(item);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>An array property of strings.</summary>
    public static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
