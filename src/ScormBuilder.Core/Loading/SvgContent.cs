using System.Text;
using System.Text.RegularExpressions;
using System.Xml;

namespace ScormBuilder.Loading;

/// <summary>
/// An SVG is kept only when it is a plain drawing: well-formed XML whose root is &lt;svg&gt;, with no processing
/// instruction, DTD or entity, only SVG elements and attributes of <see cref="SvgVocabulary"/>, references only
/// within itself (#id), and CSS values that load nothing. Everything else is refused, with the line it is on.
/// </summary>
internal static partial class SvgContent
{
    /// <summary>The largest SVG the build reads to check: a drawing for a course is far smaller.</summary>
    public const int MaxBytes = 4 * 1024 * 1024;

    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private const string PlainSvg = "a plain drawing holds only SVG shapes, paths, text, gradients, patterns, markers, clip paths, masks and filters (no script, style sheet, animation, embedded image or HTML)";

    /// <summary>Null when the drawing is plain; otherwise what is wrong, for a diagnostic.</summary>
    public static string? Problem(Stream stream)
    {
        if (stream.Length > MaxBytes)
        {
            return $"it is over {MaxBytes / 1024 / 1024} MB: simplify the drawing, or export it as a PNG";
        }

        // Read as UTF-8 and nothing else, so that the browser cannot decode the bytes as another document than this one.
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        string text;
        try
        {
            text = s_strictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return "it is not UTF-8 text: save it as UTF-8";
        }

        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = false,
        };
        try
        {
            using var reader = XmlReader.Create(new StringReader(text.TrimStart('\uFEFF')), settings);
            var lines = (IXmlLineInfo)reader;
            var seenRoot = false;
            while (reader.Read())
            {
                var problem = reader.NodeType switch
                {
                    XmlNodeType.XmlDeclaration when reader.GetAttribute("encoding") is { } encoding && !encoding.Equals("UTF-8", StringComparison.OrdinalIgnoreCase) =>
                        $"its XML declaration names the encoding '{Shorten(encoding)}': save it as UTF-8",
                    XmlNodeType.ProcessingInstruction =>
                        $"it holds the processing instruction '<?{reader.Name}?>' (line {lines.LineNumber}), which can restyle or transform the drawing: remove it",
                    XmlNodeType.Element when !seenRoot && (reader.LocalName != "svg" || reader.NamespaceURI != SvgVocabulary.SvgNamespace) =>
                        $"its root element is <{reader.Name}>{InNamespace(reader.NamespaceURI)}, not <svg> in the SVG namespace ({SvgVocabulary.SvgNamespace})",
                    XmlNodeType.Element => ElementProblem(reader, lines.LineNumber),
                    _ => null,
                };
                if (problem is not null)
                {
                    return problem;
                }

                seenRoot |= reader.NodeType == XmlNodeType.Element;
            }
        }
        catch (XmlException e)
        {
            return $"it is not well-formed XML ({e.Message.TrimEnd('.')}); a DTD or entity is not allowed either";
        }

        return null;
    }

    private static string? ElementProblem(XmlReader reader, int line)
    {
        var element = reader.LocalName;
        if (reader.NamespaceURI != SvgVocabulary.SvgNamespace)
        {
            return $"it holds <{reader.Name}>{InNamespace(reader.NamespaceURI)} (line {line}): {PlainSvg}; an editor's own data (Inkscape, Illustrator) is left out when the drawing is saved as plain or optimised SVG";
        }

        if (!SvgVocabulary.Elements.Contains(element))
        {
            var hint = element == "style" ? "; Illustrator leaves style sheets out when it exports with Styling set to Presentation Attributes" : "";
            return $"it holds <{element}> (line {line}): {PlainSvg}{hint}";
        }

        for (var more = reader.MoveToFirstAttribute(); more; more = reader.MoveToNextAttribute())
        {
            if (AttributeProblem(reader.NamespaceURI, reader.LocalName, reader.Name, reader.Value) is { } problem)
            {
                return $"<{element}> (line {line}) {problem}";
            }
        }

        reader.MoveToElement();
        return null;
    }

    private static string? AttributeProblem(string space, string name, string qualified, string value)
    {
        switch (space)
        {
            case SvgVocabulary.XmlnsNamespace:
                return null;
            case SvgVocabulary.XmlNamespace when name is "space" or "lang":
                return null;
            case SvgVocabulary.XlinkNamespace or "" when name == "href":
                return InternalReference().IsMatch(value)
                    ? null
                    : $"refers to '{Shorten(value)}', outside the drawing: only references within it (#id) are allowed";
            case "" when SvgVocabulary.Geometry.Contains(name):
                return null;
            case "" when SvgVocabulary.Presentation.Contains(name):
                return CssValueProblem(value) is { } css ? $"has '{qualified}' that {css}" : null;
            case "" when name == "style":
                return StyleProblem(value) is { } style ? $"has a 'style' that {style}" : null;
            default:
                return $"has the attribute '{qualified}', which a plain drawing never needs (no event handlers, links out or editor data)";
        }
    }

    // A style attribute is a list of declarations; each must name a drawing property and load nothing.
    private static string? StyleProblem(string style)
    {
        foreach (var declaration in style.Split(';'))
        {
            if (declaration.Trim().Length == 0)
            {
                continue;
            }

            var colon = declaration.IndexOf(':', StringComparison.Ordinal);
            var property = colon < 0 ? declaration.Trim() : declaration[..colon].Trim().ToLowerInvariant();
            if (colon < 0 || !(SvgVocabulary.Presentation.Contains(property) || s_styleOnly.Contains(property)))
            {
                return $"sets '{Shorten(property)}', which is not a drawing property";
            }

            if (CssValueProblem(declaration[(colon + 1)..]) is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    /// <summary>
    /// Null when a CSS value can load nothing: no escapes, comments, at-rules or blocks (their characters are not
    /// allowed), and no function but colours, transforms and url(#id).
    /// </summary>
    private static string? CssValueProblem(string value)
    {
        var calls = CssCall().Matches(value);
        foreach (Match call in calls.Where(c => c.Groups[1].Value.Equals("url", StringComparison.OrdinalIgnoreCase)))
        {
            var end = value.IndexOf(')', call.Index);
            var target = (end < 0 ? value[(call.Index + call.Length)..] : value[(call.Index + call.Length)..end]).Trim().Trim('\'', '"');
            if (!InternalReference().IsMatch(target))
            {
                return $"loads 'url({Shorten(target)})' from outside the drawing: only url(#id) within it is allowed";
            }
        }

        var bad = value.FirstOrDefault(c => !(char.IsLetterOrDigit(c) || c is ' ' or '\t' or '\n' or '\r' or '#' or '%' or '.' or ',' or '(' or ')' or '-' or '+' or '_' or '\'' or '"' or '/' or '!'));
        if (bad != default(char))
        {
            return $"holds the character '{(char.IsControl(bad) ? $"U+{(int)bad:X4}" : bad)}', which a drawing's CSS never needs";
        }

        if (calls.Count != value.Count(c => c == '('))
        {
            return "holds a bracket that is not a function call";
        }

        var other = calls.Select(c => c.Groups[1].Value).FirstOrDefault(f => !f.Equals("url", StringComparison.OrdinalIgnoreCase) && !SvgVocabulary.CssFunctions.Contains(f));
        if (other is not null)
        {
            return $"calls {other}(), which is not a colour or a transform and can load from outside the drawing";
        }

        return null;
    }

    private static readonly HashSet<string> s_styleOnly = new(StringComparer.Ordinal)
    {
        "font", "line-height", "text-align", "text-transform", "text-indent", "marker", "font-kerning",
        "font-variant-ligatures", "font-variant-caps", "font-variant-numeric", "font-variant-east-asian",
        "font-feature-settings", "text-decoration-line", "text-decoration-style", "text-decoration-color",
        "-inkscape-font-specification", "solid-color", "solid-opacity", "inline-size", "font-variation-settings",
        "font-variant-position", "font-variant-alternates", "text-orientation", "shape-inside", "shape-padding",
    };

    private static string InNamespace(string space) => space.Length == 0 ? " (in no namespace)" : $" (namespace '{space}')";

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;

    [GeneratedRegex(@"^#[A-Za-z_][A-Za-z0-9_.:-]*$")]
    private static partial Regex InternalReference();

    [GeneratedRegex(@"(-?[A-Za-z_][A-Za-z0-9_-]*)\s*\(")]
    private static partial Regex CssCall();
}
