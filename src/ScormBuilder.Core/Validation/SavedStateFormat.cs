using System.Text.Json;

namespace ScormBuilder.Validation;

/// <summary>
/// The saved-state format (<c>cmi.suspend_data</c>) as data: templates/runtime/saved-state.json, embedded in this
/// assembly. The build joins it into the learner runtime, whose encoder and decoder follow it, and computes the
/// worst-case budget from it (<see cref="SuspendDataBudget"/>), so neither can drift from the other.
/// templates/runtime/saved-state.md specifies it.
/// </summary>
internal sealed class SavedStateFormat
{
    private SavedStateFormat(string json, string version, int limit, IReadOnlyList<SavedStateSection> sections)
    {
        Json = json;
        Version = version;
        Limit = limit;
        Sections = sections;
    }

    /// <summary>The format this build of the tool writes and reads.</summary>
    public static SavedStateFormat Current { get; } = Parse(ReadResource("ScormBuilder.Runtime.saved-state.json"));

    /// <summary>The definition as written, for the runtime to read.</summary>
    public string Json { get; }

    /// <summary>The leading tag, e.g. <c>sb1</c>.</summary>
    public string Version { get; }

    /// <summary>The longest string the runtime sends to the LMS.</summary>
    public int Limit { get; }

    public IReadOnlyList<SavedStateSection> Sections { get; }

    internal static string ReadResource(string name)
    {
        using var stream = typeof(SavedStateFormat).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The resource {name} is missing from {typeof(SavedStateFormat).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    internal static SavedStateFormat Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var sections = root.GetProperty("sections").EnumerateArray().Select(section => new SavedStateSection(
            section.GetProperty("tag").GetString()!,
            section.GetProperty("each").GetString()!,
            section.TryGetProperty("when", out var when) ? when.GetString() : null,
            [.. section.GetProperty("item").EnumerateArray().Select(ParseField)])).ToList();
        return new SavedStateFormat(json, root.GetProperty("format").GetString()!, root.GetProperty("limit").GetInt32(), sections);
    }

    private static SavedStateField ParseField(JsonElement field)
    {
        if (field.ValueKind == JsonValueKind.String)
        {
            return new SavedStateField(SavedStateField.Mark, field.GetString()!, null);
        }

        var kind = field.EnumerateObject().First(p => p.Name != "max");
        var max = field.TryGetProperty("max", out var bound) ? bound : (JsonElement?)null;
        return new SavedStateField(kind.Name, kind.Value.GetString()!, max?.ValueKind switch
        {
            JsonValueKind.Number => max.Value.GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture),
            JsonValueKind.String => max.Value.GetString(),
            _ => null,
        });
    }
}

/// <summary>One section: its tag, what its items are one of (<c>each</c>), and the shape of an item.</summary>
internal sealed record SavedStateSection(string Tag, string Each, string? When, IReadOnlyList<SavedStateField> Item);

/// <summary>One field of an item: a kind (or a delimiter, <see cref="Mark"/>), its name, and its bound.</summary>
internal sealed record SavedStateField(string Kind, string Name, string? Max)
{
    public const string Mark = "mark";
}
