namespace ScormBuilder.Loading;

/// <summary>The kind of value a key takes, as <see cref="YamlObject"/> reads it.</summary>
internal abstract record YamlValue;

/// <summary>
/// Text: any scalar. With a <see cref="Pattern"/>, the whole text must match it; a YAML number is still text to the
/// loader ('version: 1.0'), so <see cref="NumbersToo"/> says whether a number can be valid here.
/// </summary>
internal sealed record TextValue(string? Pattern = null, int? MaxLength = null, bool? NumbersToo = null) : YamlValue
{
    public bool AllowsNumbers => NumbersToo ?? Pattern is null;
}

/// <summary>The id of an option, item or target: one character, a–z or 0–9 (YAML reads a digit as a number).</summary>
internal sealed record CharacterIdValue : YamlValue
{
    public const string Pattern = "^[a-z0-9]$";
}

/// <summary>A whole number from <see cref="Min"/> to <see cref="Max"/>.</summary>
internal sealed record WholeNumberValue(int Min, int Max) : YamlValue;

/// <summary>True or false, in the spellings <see cref="YamlObject.Bool(string)"/> accepts.</summary>
internal sealed record FlagValue : YamlValue;

/// <summary>One of a few words.</summary>
internal sealed record ChoiceValue(IReadOnlyList<string> Allowed) : YamlValue;

/// <summary>A list; a lone scalar where a list of scalars is expected is read as a list of one.</summary>
internal sealed record ListValue(YamlValue Item) : YamlValue;

/// <summary>A nested mapping with keys of its own.</summary>
internal sealed record MappingValue(YamlShape Shape) : YamlValue;

/// <summary>A value that may take any of several forms (quiz.yaml's 'draw:').</summary>
internal sealed record AnyOfValue(IReadOnlyList<YamlValue> Forms) : YamlValue;
