namespace ScormBuilder.Loading;

/// <summary>
/// The keys one YAML mapping may have: the loader's unknown-key check and the JSON Schema an editor uses are both
/// made from this one list, so what an editor offers is exactly what the build accepts.
/// </summary>
internal sealed class YamlShape
{
    private readonly Dictionary<string, YamlKey> _byName;

    public YamlShape(string description, IReadOnlyList<YamlKey> keys, IReadOnlyList<YamlKeyRule>? rules = null)
    {
        Description = description;
        Keys = keys;
        Rules = rules ?? [];
        _byName = keys.ToDictionary(k => k.Name, StringComparer.Ordinal);
        var unknown = Rules.SelectMany(r => r.Names).FirstOrDefault(n => !_byName.ContainsKey(n));
        if (unknown is not null)
        {
            throw new InvalidOperationException($"A rule of the shape '{description}' names '{unknown}', which is not one of its keys.");
        }
    }

    /// <summary>What the mapping is, for the schema's description.</summary>
    public string Description { get; }

    public IReadOnlyList<YamlKey> Keys { get; }

    /// <summary>What single keys cannot say: keys required or refused together.</summary>
    public IReadOnlyList<YamlKeyRule> Rules { get; }

    public IEnumerable<string> Names => Keys.Select(k => k.Name);

    public bool Has(string name) => _byName.ContainsKey(name);

    /// <summary>The same mapping with more keys (a quiz question is a knowledge check's question and more).</summary>
    public YamlShape With(string description, params YamlKey[] more) => new(description, [.. Keys, .. more], Rules);
}

/// <summary>
/// One key of a mapping: its name, the value it takes, what it is for (an editor shows it beside the key), and
/// whether the mapping must have it.
/// </summary>
internal sealed record YamlKey(string Name, YamlValue Value, string Description, bool Required = false);

/// <summary>
/// When <see cref="Key"/> is present (or, with <see cref="Value"/>, has that value), the mapping must have the keys
/// <see cref="Then"/> requires and must not have those it refuses; <see cref="Otherwise"/> applies when it is not.
/// </summary>
internal sealed record YamlKeyRule(string Key, string? Value, KeyDemand Then, KeyDemand? Otherwise = null)
{
    public IEnumerable<string> Names =>
        [Key, .. Then.Requires, .. Then.Refuses, .. Otherwise?.Requires ?? [], .. Otherwise?.Refuses ?? []];
}

/// <summary>Keys a mapping must have, and keys it must not have.</summary>
internal sealed record KeyDemand(IReadOnlyList<string> Requires, IReadOnlyList<string> Refuses);

/// <summary>
/// A kind of YAML source file and its shape: 'scenario' for scenarios/*.yaml. Each becomes a JSON Schema,
/// schemas/<see cref="Name"/>.schema.json, that editors use to complete and check the file.
/// </summary>
internal sealed record ShapedFile(string Name, string Pattern, YamlShape Shape);
