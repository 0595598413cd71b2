using AngleSharp.Css.Parser;

namespace ScormBuilder.Rendering;

/// <summary>
/// The CSS an author may write in a <c>style</c> attribute: a few properties that load nothing, with plain
/// values. The text must be plain (no escapes, comments or strings) so that splitting it at ';' and ':' reads it
/// exactly as a browser does, and each declaration must parse as valid CSS (AngleSharp.Css) for its property.
/// </summary>
internal static class StyleAllowlist
{
    public static readonly IReadOnlySet<string> Properties = new HashSet<string>(StringComparer.Ordinal)
    {
        "color", "background-color", "text-align", "text-decoration", "font-weight", "font-style", "vertical-align",
        "white-space", "width", "min-width", "max-width",
    };

    private static readonly string[] s_functions = ["rgb", "rgba", "hsl", "hsla"];

    /// <summary>Null when <paramref name="style"/> is allowed; otherwise what is wrong, for a diagnostic.</summary>
    public static string? Check(string style)
    {
        if (style.AsSpan().IndexOfAny("\\/\"'@<>{}!") >= 0)
        {
            return "it has an escape, a comment, a string, '!important' or a character CSS gives a meaning to. Write plain declarations, e.g. color: #036";
        }

        foreach (var declaration in style.Split(';'))
        {
            if (string.IsNullOrWhiteSpace(declaration))
            {
                continue;
            }

            var colon = declaration.IndexOf(':');
            var name = colon < 0 ? declaration.Trim() : declaration[..colon].Trim().ToLowerInvariant();
            if (colon < 0 || !Properties.Contains(name))
            {
                return $"'{Shorten(name)}' is not a property a course may set. Allowed: {string.Join(", ", Properties.Order(StringComparer.Ordinal))}";
            }

            var value = declaration[(colon + 1)..].Trim();
            if (!HasOnlyColourFunctions(value) || !Parses(name, value))
            {
                return $"'{Shorten(value)}' is not a plain value for {name}";
            }
        }

        return null;
    }

    /// <summary>Whether the style, read as CSS (escapes and comments undone), names anything to load.</summary>
    public static bool Loads(string style)
    {
        string read;
        try
        {
            read = new CssParser(new CssParserOptions { IsIncludingUnknownDeclarations = true }).ParseDeclaration(style)?.CssText ?? "";
        }
        catch (Exception e) when (e is NullReferenceException or InvalidOperationException or ArgumentException)
        {
            read = "";
        }

        string[] loaders = ["url(", "image-set(", "image(", "@import", "expression("];
        return loaders.Any(l => read.Contains(l, StringComparison.OrdinalIgnoreCase) || style.Contains(l, StringComparison.OrdinalIgnoreCase));
    }

    private static bool HasOnlyColourFunctions(string value)
    {
        for (var open = value.IndexOf('('); open >= 0; open = value.IndexOf('(', open + 1))
        {
            var start = open;
            while (start > 0 && char.IsAsciiLetter(value[start - 1]))
            {
                start--;
            }

            if (!s_functions.Contains(value[start..open].ToLowerInvariant()))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Parses(string name, string value)
    {
        try
        {
            return new CssParser().ParseDeclaration($"{name}: {value}") is { Length: > 0 };
        }
        catch (Exception e) when (e is NullReferenceException or InvalidOperationException or ArgumentException)
        {
            // AngleSharp.Css throws on a few malformed inputs instead of dropping them: either way the value is refused.
            return false;
        }
    }

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
