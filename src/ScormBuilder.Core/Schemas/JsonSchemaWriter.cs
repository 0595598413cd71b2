using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ScormBuilder.Loading;

namespace ScormBuilder.Schemas;

/// <summary>
/// Writes a <see cref="YamlShape"/> as a JSON Schema (draft-07, what the YAML extensions of editors know best):
/// each key with its description, type and limits; required keys; no other keys; and the shape's rules as
/// if/then/else. Editors read YAML 1.2, so the schema allows what the loader reads as text but YAML 1.2 calls a
/// number or a boolean.
/// </summary>
internal sealed class JsonSchemaWriter
{
    public const string Dialect = "http://json-schema.org/draft-07/schema#";

    private readonly Utf8JsonWriter _json;

    private JsonSchemaWriter(Utf8JsonWriter json) => _json = json;

    /// <summary>The schema of a whole file: <paramref name="title"/> names it in the editor.</summary>
    public static string Write(string title, YamlShape shape)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Indented = true,
            IndentSize = 2,
            NewLine = "\n",
            // The schema is read by people too: keep quotes, dashes and arrows as they are written.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            var writer = new JsonSchemaWriter(json);
            json.WriteStartObject();
            json.WriteString("$schema", Dialect);
            json.WriteString("title", title);
            json.WriteString("description", shape.Description);
            writer.WriteMappingBody(shape);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private void WriteMappingBody(YamlShape shape)
    {
        _json.WriteString("type", "object");
        _json.WriteStartObject("properties");
        foreach (var key in shape.Keys)
        {
            _json.WriteStartObject(key.Name);
            _json.WriteString("description", key.Description);
            WriteValueBody(key.Value);
            _json.WriteEndObject();
        }

        _json.WriteEndObject();
        WriteNames("required", shape.Keys.Where(k => k.Required).Select(k => k.Name).ToList());
        _json.WriteBoolean("additionalProperties", false);
        if (shape.Rules.Count == 0)
        {
            return;
        }

        _json.WriteStartArray("allOf");
        foreach (var rule in shape.Rules)
        {
            WriteRule(rule);
        }

        _json.WriteEndArray();
    }

    private void WriteRule(YamlKeyRule rule)
    {
        _json.WriteStartObject();
        _json.WriteStartObject("if");
        if (rule.Value is not null)
        {
            _json.WriteStartObject("properties");
            _json.WriteStartObject(rule.Key);
            _json.WriteString("const", rule.Value);
            _json.WriteEndObject();
            _json.WriteEndObject();
        }

        WriteNames("required", [rule.Key]);
        _json.WriteEndObject();
        WriteDemand("then", rule.Then);
        if (rule.Otherwise is not null)
        {
            WriteDemand("else", rule.Otherwise);
        }

        _json.WriteEndObject();
    }

    private void WriteDemand(string name, KeyDemand demand)
    {
        _json.WriteStartObject(name);
        WriteNames("required", demand.Requires);
        if (demand.Refuses.Count > 0)
        {
            _json.WriteStartObject("properties");
            foreach (var key in demand.Refuses)
            {
                _json.WriteBoolean(key, false);
            }

            _json.WriteEndObject();
        }

        _json.WriteEndObject();
    }

    // A value on its own (an item of a list, a form of several): a mapping says what it is, as its key would.
    private void WriteValue(YamlValue value)
    {
        _json.WriteStartObject();
        if (value is MappingValue mapping)
        {
            _json.WriteString("description", mapping.Shape.Description);
        }

        WriteValueBody(value);
        _json.WriteEndObject();
    }

    private void WriteValueBody(YamlValue value, bool orList = false)
    {
        switch (value)
        {
            case TextValue text:
                WriteTypes(orList, text.AllowsNumbers ? ["string", "number"] : ["string"]);
                WriteIfAny("pattern", text.Pattern);
                if (text.MaxLength is { } maxLength)
                {
                    _json.WriteNumber("maxLength", maxLength);
                }

                break;
            case CharacterIdValue:
                // A digit id ('id: 1') is a number in YAML; 'minimum' and 'maximum' apply only to numbers, 'pattern' to text.
                WriteTypes(orList, ["string", "integer"]);
                _json.WriteString("pattern", CharacterIdValue.Pattern);
                _json.WriteNumber("minimum", 0);
                _json.WriteNumber("maximum", 9);
                break;
            case WholeNumberValue number:
                WriteTypes(orList, ["integer"]);
                _json.WriteNumber("minimum", number.Min);
                _json.WriteNumber("maximum", number.Max);
                break;
            case FlagValue:
                _json.WriteStartArray("enum");
                _json.WriteBooleanValue(true);
                _json.WriteBooleanValue(false);
                // YAML 1.2 reads true, True and TRUE as a boolean; the loader's other spellings are strings to an editor.
                foreach (var word in YamlObject.TrueWords.Concat(YamlObject.FalseWords).Where(w => !bool.TryParse(w, out _)))
                {
                    _json.WriteStringValue(word);
                }

                _json.WriteEndArray();
                break;
            case ChoiceValue choice:
                WriteTypes(orList, ["string"]);
                WriteNames("enum", choice.Allowed);
                break;
            case ListValue { Item: MappingValue or ListValue or AnyOfValue } list:
                _json.WriteString("type", "array");
                _json.WritePropertyName("items");
                WriteValue(list.Item);
                break;
            case ListValue { Item: TextValue or CharacterIdValue or WholeNumberValue } list:
                // The loader reads a lone value where a list of values is expected as a list of one. The item's
                // keywords (pattern, limits) apply only to its own types, so they can stand beside "array".
                WriteValueBody(list.Item, orList: true);
                _json.WritePropertyName("items");
                WriteValue(list.Item);
                break;
            case ListValue list:
                // An enum would refuse the array itself, so the list and the lone value are two forms.
                _json.WriteStartArray("anyOf");
                _json.WriteStartObject();
                _json.WriteString("type", "array");
                _json.WritePropertyName("items");
                WriteValue(list.Item);
                _json.WriteEndObject();
                WriteValue(list.Item);
                _json.WriteEndArray();
                break;
            case MappingValue mapping:
                WriteMappingBody(mapping.Shape);
                break;
            case AnyOfValue any:
                _json.WriteStartArray("anyOf");
                foreach (var form in any.Forms)
                {
                    WriteValue(form);
                }

                _json.WriteEndArray();
                break;
            default:
                throw new InvalidOperationException($"No JSON Schema for a {value.GetType().Name}.");
        }
    }

    private void WriteTypes(bool orList, IReadOnlyList<string> types)
    {
        IReadOnlyList<string> all = orList ? ["array", .. types] : types;
        if (all.Count == 1)
        {
            _json.WriteString("type", all[0]);
            return;
        }

        WriteNames("type", all);
    }

    private void WriteNames(string name, IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return;
        }

        _json.WriteStartArray(name);
        foreach (var value in values)
        {
            _json.WriteStringValue(value);
        }

        _json.WriteEndArray();
    }

    private void WriteIfAny(string name, string? value)
    {
        if (value is not null)
        {
            _json.WriteString(name, value);
        }
    }
}
