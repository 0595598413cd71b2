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
}
