using ScormBuilder.Diagnostics;

namespace ScormBuilder.Loading;

/// <summary>A YAML value with the place it came from, so every later problem can point at its line.</summary>
internal abstract record YamlNode(SourceLocation Location)
{
    public abstract string Describe();
}

internal sealed record YamlScalar(SourceLocation Location, string Value, bool IsPlain) : YamlNode(Location)
{
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    public override string Describe() => IsNull ? "an empty value" : $"'{DiagnosticText.Quote(Value)}'";
}

internal sealed record YamlSequence(SourceLocation Location, IReadOnlyList<YamlNode> Items) : YamlNode(Location)
{
    public override string Describe() => "a list";
}

internal sealed record YamlMapping(SourceLocation Location, IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> Entries)
    : YamlNode(Location)
{
    public override string Describe() => "a mapping";
}
