using System.Globalization;
using ScormBuilder.Diagnostics;

namespace ScormBuilder.Loading;

/// <summary>
/// Reads the keys of one YAML mapping the way a schema would. With a <see cref="YamlShape"/>, the shape's keys are
/// the known ones, and asking for any other is a bug in the loader; without one (front matter), every key asked for
/// is known. At <see cref="ReportUnknownKeys"/> any other key is an error with a "did you mean" suggestion.
/// </summary>
internal sealed class YamlObject
{
    /// <summary>The spellings of true and false the loader accepts.</summary>
    public static readonly IReadOnlyList<string> TrueWords = ["true", "True", "yes"];

    /// <inheritdoc cref="TrueWords"/>
    public static readonly IReadOnlyList<string> FalseWords = ["false", "False", "no"];

    private readonly YamlMapping _mapping;
    private readonly DiagnosticBag _diagnostics;
    private readonly YamlShape? _shape;
    private readonly HashSet<string> _knownKeys = new(StringComparer.Ordinal);

    private YamlObject(YamlMapping mapping, DiagnosticBag diagnostics, YamlShape? shape)
    {
        _mapping = mapping;
        _diagnostics = diagnostics;
        _shape = shape;
    }

    public SourceLocation Location => _mapping.Location;

    public DiagnosticBag Diagnostics => _diagnostics;

    /// <summary>Wraps <paramref name="node"/> if it is a mapping; otherwise reports what was expected.</summary>
    public static YamlObject? From(YamlNode? node, SourceLocation fallback, string what, DiagnosticBag diagnostics, YamlShape? shape = null)
    {
        if (node is YamlMapping mapping)
        {
            return new YamlObject(mapping, diagnostics, shape);
        }

        diagnostics.Report(LoadingDiagnostics.WrongValueType, node?.Location ?? fallback,
            $"Expected {what} as a YAML mapping of 'key: value' lines, found {node?.Describe() ?? "nothing"}.");
        return null;
    }

    /// <summary>Parses a whole YAML file or front matter that must be a mapping.</summary>
    public static YamlObject? Parse(string text, string path, int firstLine, string what, DiagnosticBag diagnostics, YamlShape? shape = null)
    {
        var root = YamlParser.Parse(text, path, firstLine, diagnostics, out var failed);
        if (failed)
        {
            return null;
        }

        if (root is null)
        {
            diagnostics.Report(LoadingDiagnostics.MissingKey, new SourceLocation(path, firstLine, 1), $"{Capitalise(what)} is empty. Add at least 'id:' and 'title:'.");
            return null;
        }

        return From(root, new SourceLocation(path, firstLine, 1), what, diagnostics, shape);
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    public YamlNode? Node(string key)
    {
        if (_shape is not null && !_shape.Has(key))
        {
            throw new InvalidOperationException($"The loader read '{key}', which the shape '{_shape.Description}' does not list. Add the key to the shape.");
        }

        _knownKeys.Add(key);
        foreach (var entry in _mapping.Entries)
        {
            if (entry.Key.Value == key)
            {
                return entry.Value is YamlScalar { IsNull: true } ? null : entry.Value;
            }
        }

        return null;
    }

    public SourceLocation LocationOf(string key) => Node(key)?.Location ?? _mapping.Location;

    public string? String(string key, bool required = false)
    {
        switch (Node(key))
        {
            case YamlScalar scalar:
                var value = scalar.Value.Trim();
                if (value.Length > 0)
                {
                    return Checked(key, value, scalar.Location);
                }

                break;
            case { } other:
                WrongType(key, other, "text");
                return null;
        }

        if (required)
        {
            Missing(key, "text");
        }

        return null;
    }

    /// <summary>
    /// A title goes into LMS title columns, which hold <see cref="MaxTitleLength"/> characters. (Control characters
    /// and noncharacters never get this far: <see cref="YamlParser"/> refuses them in every value.)
    /// </summary>
    private string? Checked(string key, string value, SourceLocation location)
    {
        if (key == "title" && value.Length > MaxTitleLength)
        {
            _diagnostics.Report(LoadingDiagnostics.ValueTooLong, location,
                $"'{key}' is {value.Length} characters long; LMSs store at most {MaxTitleLength}. Shorten it.");
            return null;
        }

        return value;
    }

    /// <summary>The longest title an LMS stores (SCORM 1.2 title columns hold 255 characters).</summary>
    public const int MaxTitleLength = 255;

    public int? Int(string key, int min, int max, bool required = false)
    {
        var node = Node(key);
        if (node is null)
        {
            if (required)
            {
                Missing(key, $"a whole number from {min} to {max}");
            }

            return null;
        }

        if (node is not YamlScalar scalar ||
            !int.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            WrongType(key, node, $"a whole number from {min} to {max}");
            return null;
        }

        if (number < min || number > max)
        {
            _diagnostics.Report(LoadingDiagnostics.ValueOutOfRange, node.Location,
                $"'{key}' is {number}, but it must be from {min} to {max}.");
            return null;
        }

        return number;
    }

    public bool? Bool(string key)
    {
        var node = Node(key);
        switch (node)
        {
            case null:
                return null;
            case YamlScalar scalar when TrueWords.Contains(scalar.Value):
                return true;
            case YamlScalar scalar when FalseWords.Contains(scalar.Value):
                return false;
            default:
                WrongType(key, node, "true or false");
                return null;
        }
    }

    /// <summary>Reads a value that must be one of <paramref name="allowed"/>.</summary>
    public string? Choice(string key, IReadOnlyList<string> allowed, bool required = false)
    {
        var value = String(key, required);
        if (value is not null && !allowed.Contains(value))
        {
            _diagnostics.Report(LoadingDiagnostics.InvalidValue, LocationOf(key),
                $"'{key}' is '{DiagnosticText.Quote(value)}', but it must be one of: {string.Join(", ", allowed)}.{Suggest.DidYouMean(value, allowed)}");
            return null;
        }

        return value;
    }

    public IReadOnlyList<YamlNode> List(string key, bool required = false)
    {
        switch (Node(key))
        {
            case YamlSequence sequence:
                return sequence.Items;
            case YamlScalar scalar:
                // A lone value where a list is expected ('authors: Jo Bloggs') means a list of one.
                return [scalar];
            case { } other:
                WrongType(key, other, "a list");
                return [];
        }

        if (required)
        {
            Missing(key, "a list");
        }

        return [];
    }

    /// <summary>A list of plain text values, each with its location.</summary>
    public IReadOnlyList<YamlScalar> StringList(string key, bool required = false)
    {
        var result = new List<YamlScalar>();
        foreach (var item in List(key, required))
        {
            if (item is YamlScalar { IsNull: false } scalar)
            {
                result.Add(scalar);
            }
            else
            {
                WrongType(key, item, "a list of text values");
            }
        }

        return result;
    }

    public YamlObject? Object(string key, string what)
    {
        var node = Node(key);
        return node is null ? null : From(node, Location, what, _diagnostics);
    }

    public void ReportUnknownKeys()
    {
        var known = _shape?.Names.ToHashSet(StringComparer.Ordinal) ?? _knownKeys;
        foreach (var (key, _) in _mapping.Entries)
        {
            if (!known.Contains(key.Value))
            {
                _diagnostics.Report(LoadingDiagnostics.UnknownKey, key.Location,
                    $"Unknown key '{DiagnosticText.Quote(key.Value)}'.{Suggest.DidYouMean(key.Value, known)} " +
                    $"Known keys here: {string.Join(", ", known.Order(StringComparer.Ordinal))}.");
            }
        }
    }

    // Reading by a shape's key: the limits, choices and required-ness are the shape's, as the schema says them.
    public YamlNode? Node(YamlKey key) => Node(key.Name);

    public SourceLocation LocationOf(YamlKey key) => LocationOf(key.Name);

    public string? String(YamlKey key) => key.Value is TextValue or CharacterIdValue
        ? String(key.Name, key.Required)
        : throw NotA(key, nameof(TextValue));

    public int? Int(YamlKey key) => key.Value is WholeNumberValue number
        ? Int(key.Name, number.Min, number.Max, key.Required)
        : throw NotA(key, nameof(WholeNumberValue));

    public bool? Bool(YamlKey key) => key.Value is FlagValue ? Bool(key.Name) : throw NotA(key, nameof(FlagValue));

    public string? Choice(YamlKey key) => key.Value is ChoiceValue choice
        ? Choice(key.Name, choice.Allowed, key.Required)
        : throw NotA(key, nameof(ChoiceValue));

    public IReadOnlyList<YamlNode> List(YamlKey key) => key.Value is ListValue ? List(key.Name, key.Required) : throw NotA(key, nameof(ListValue));

    public IReadOnlyList<YamlScalar> StringList(YamlKey key) =>
        key.Value is ListValue ? StringList(key.Name, key.Required) : throw NotA(key, nameof(ListValue));

    /// <summary>The nested mapping of <paramref name="key"/>, read with its own shape; null when absent.</summary>
    public YamlObject? Object(YamlKey key, string what) => key.Value is MappingValue mapping
        ? Node(key) is { } node ? From(node, Location, what, _diagnostics, mapping.Shape) : null
        : throw NotA(key, nameof(MappingValue));

    private static InvalidOperationException NotA(YamlKey key, string value) =>
        new($"The shape says '{key.Name}' is a {key.Value.GetType().Name}, but the loader reads it as a {value}.");

    private void Missing(string key, string what) =>
        _diagnostics.Report(LoadingDiagnostics.MissingKey, _mapping.Location,
            $"Missing required key '{key}' ({what}). Add '{key}:' here.");

    private void WrongType(string key, YamlNode node, string what) =>
        _diagnostics.Report(LoadingDiagnostics.WrongValueType, node.Location,
            $"'{key}' must be {what}, but it is {node.Describe()}.");
}
