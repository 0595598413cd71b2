using System.Globalization;
using AngleSharp.Dom;
using ScormBuilder.Diagnostics;
using ScormBuilder.Loading;
using ScormBuilder.Rendering.Markdown;

namespace ScormBuilder.Rendering;

/// <summary>
/// The one place that decides what an author's Markdown may put on the page. It walks the final page as a browser
/// parsed it and checks everything inside each body against one list: elements, attributes per element, URL schemes
/// per attribute, and CSS in <c>style</c>. Each violation is an error at the author's line, found through the marks
/// that <see cref="SourceLinesExtension"/> left; the template's own markup is checked for handlers and inline styles.
/// </summary>
internal sealed class PageAllowlist(string markPrefix, IReadOnlyDictionary<string, SourceLocation> partLocations, SourceLocation templateLocation)
{
    private readonly Dictionary<IElement, SourceLocation> _located = [];
    private readonly HashSet<IElement> _refused = [];
    private PageLines _lines = new("");

    private static readonly HashSet<string> s_elements = new(StringComparer.Ordinal)
    {
        "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd", "del", "details",
        "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins",
        "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "samp", "small", "span", "strong", "sub", "summary", "sup",
        "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul", "var", "wbr",
    };

    private static readonly HashSet<string> s_globalAttributes = new(StringComparer.Ordinal) { "class", "id", "title", "lang", "dir", "role", "style" };

    private static readonly Dictionary<string, HashSet<string>> s_attributes = new(StringComparer.Ordinal)
    {
        ["a"] = ["href", "target", "rel"],
        ["img"] = ["src", "alt", "width", "height"],
        ["ol"] = ["start", "reversed", "type"],
        ["li"] = ["value"],
        ["td"] = ["colspan", "rowspan", "headers"],
        ["th"] = ["colspan", "rowspan", "headers", "scope", "abbr"],
        ["col"] = ["span"],
        ["colgroup"] = ["span"],
        ["details"] = ["open"],
        ["blockquote"] = ["cite"],
        ["q"] = ["cite"],
        ["del"] = ["cite", "datetime"],
        ["ins"] = ["cite", "datetime"],
    };

    /// <summary>The schemes a link may use; any other URL must be a path inside the package.</summary>
    private static readonly string[] s_linkSchemes = ["http", "https", "mailto"];

    private static readonly string[] s_genericAllowed = ["id", "class"];

    private static readonly string[] s_runsCode = ["script", "iframe", "object", "embed", "frame", "frameset", "applet", "svg", "math", "base", "form", "meta", "link", "style"];

    /// <summary>The elements and attributes (beside class, id, title, lang, dir, role, style and aria-*) authors may use, for the README.</summary>
    public static IReadOnlyCollection<string> Elements => s_elements;

    /// <summary>Where each element of the authors' bodies was written, for the page's other checks.</summary>
    public IReadOnlyDictionary<IElement, SourceLocation> Located => _located;

    /// <summary>The elements already reported here, which the other checks leave alone.</summary>
    public IReadOnlySet<IElement> Refused => _refused;

    /// <param name="document">The page, parsed with source references.</param>
    /// <param name="html">The page's text, which the source references point into.</param>
    /// <param name="diagnostics">Where violations go.</param>
    public void Check(IDocument document, string html, DiagnosticBag diagnostics)
    {
        _lines = new PageLines(html);
        foreach (var element in document.All)
        {
            if (element.HasAttribute(CourseMarkdown.SourceAttribute) && element.ParentElement?.Closest($"[{CourseMarkdown.SourceAttribute}]") is null)
            {
                CheckBody(element, diagnostics);
            }
            else if (element.Closest($"[{CourseMarkdown.SourceAttribute}]") is null)
            {
                CheckTemplateElement(element, diagnostics);
            }
        }
    }

    private void CheckBody(IElement body, DiagnosticBag diagnostics)
    {
        var file = body.GetAttribute(CourseMarkdown.SourceAttribute)!;
        var first = int.Parse(body.GetAttribute(CourseMarkdown.FirstLineAttribute) ?? "0", NumberStyles.None, CultureInfo.InvariantCulture);
        var part = body.Closest("section.sb-part")?.Id;
        var at = part is not null && partLocations.TryGetValue(part, out var location) ? location : templateLocation;
        var mark = (Page: (Line: 0, Column: 0), Source: at);
        var searchFrom = 0;
        // A walk in document order: the latest mark seen is the author's line for what follows it.
        var pending = new Stack<INode>(body.ChildNodes.Reverse());
        while (pending.TryPop(out var node))
        {
            if (node is IComment comment)
            {
                if (ParseMark(comment.Data) is var (line, column, reserved))
                {
                    at = new SourceLocation(file, first + line, column);
                    if (reserved)
                    {
                        diagnostics.Error(DiagnosticCodes.ForbiddenHtml, at,
                            "Raw HTML may not use 'data-sb-': the build uses those names for its own marks. Rename or remove the attribute.");
                    }

                    var text = $"<!--{comment.Data}-->";
                    var index = _lines.Text.IndexOf(text, searchFrom, StringComparison.Ordinal);
                    searchFrom = index < 0 ? searchFrom : index + text.Length;
                    mark = (index < 0 ? (0, 0) : _lines.At(index + text.Length), at);
                }
                else
                {
                    diagnostics.Error(DiagnosticCodes.ForbiddenHtml, at,
                        "This HTML comment is written in a way browsers read differently from the build ('--' inside it, '--!>' or '<!-->'). Write comments as <!-- text --> with no '--' inside.");
                }

                continue;
            }

            if (node is not IElement element)
            {
                continue;
            }

            if (element.GetAttribute(SourceLinesExtension.LineAttribute) is { } marked && int.TryParse(marked, NumberStyles.None, CultureInfo.InvariantCulture, out var markedLine))
            {
                at = new SourceLocation(file, first + markedLine, 1);
                mark = ((0, 0), at);
            }
            else if (mark.Page.Line > 0 && element.SourceReference?.Position is { } position && position.Line >= mark.Page.Line)
            {
                // Raw HTML is written out line for line, so its lines on the page count on from the mark's.
                at = position.Line == mark.Page.Line
                    ? mark.Source with { Column = mark.Source.Column + position.Column - mark.Page.Column }
                    : mark.Source with { Line = mark.Source.Line + position.Line - mark.Page.Line, Column = position.Column };
            }

            // A block's markup (a knowledge check) is the templates', held to their rules: only the build knows the mark.
            if (element.GetAttribute(BodyBlocksExtension.BlockAttribute) == markPrefix)
            {
                foreach (var inner in element.DescendantsAndSelf<IElement>())
                {
                    CheckTemplateElement(inner, diagnostics);
                }

                continue;
            }

            _located[element] = at;
            var errors = diagnostics.Count;
            var inside = CheckElement(element, at, diagnostics);
            if (diagnostics.Count > errors)
            {
                _refused.Add(element);
            }

            if (inside)
            {
                foreach (var child in element.ChildNodes.Reverse())
                {
                    pending.Push(child);
                }
            }
        }
    }

    /// <returns>Whether to look inside the element: not when the element itself is refused.</returns>
    private static bool CheckElement(IElement element, SourceLocation at, DiagnosticBag diagnostics)
    {
        var tag = element.LocalName;
        if (!s_elements.Contains(tag) || element.NamespaceUri != NamespaceNames.HtmlUri)
        {
            var why = s_runsCode.Contains(tag)
                ? "it runs code or loads another page inside the course"
                : "it is not on the list of formatting tags a course may use";
            diagnostics.Error(DiagnosticCodes.ForbiddenHtml, at, $"<{tag}> is not allowed in course Markdown: {why}. Remove it, or write the content in Markdown.");
            return false;
        }

        var generic = element.GetAttribute(SourceLinesExtension.GenericAttribute)?.Split(' ') ?? [];
        foreach (var name in generic.Where(n => !s_genericAllowed.Contains(n)))
        {
            diagnostics.Error(DiagnosticCodes.ForbiddenHtml, at,
                $"The Markdown attribute '{name}' on <{tag}> is not allowed: {{…}} after Markdown may set only an id and classes ({{#id .class}}). Remove it.");
        }

        foreach (var attribute in element.Attributes)
        {
            var name = attribute.Name;
            if (name.StartsWith("data-sb-", StringComparison.Ordinal) || generic.Contains(name))
            {
                continue;
            }

            if (name.StartsWith("on", StringComparison.Ordinal))
            {
                diagnostics.Error(DiagnosticCodes.ForbiddenHtml, at, $"The attribute '{name}' on <{tag}> runs code. Remove it.");
            }
            else if (!s_globalAttributes.Contains(name) && !name.StartsWith("aria-", StringComparison.Ordinal) &&
                     !(s_attributes.TryGetValue(tag, out var allowed) && allowed.Contains(name)))
            {
                diagnostics.Error(DiagnosticCodes.ForbiddenHtml, at, $"The attribute '{name}' is not allowed on <{tag}>. Remove it.");
            }
            else if (name == "style" && StyleAllowlist.Loads(attribute.Value))
            {
                diagnostics.Error(DiagnosticCodes.ForbiddenStyle, at,
                    $"The style on <{tag}> loads something (url(), image-set(), @import or expression()). Remove that part; put images in the Markdown instead.");
            }
            else if (name == "style" && StyleAllowlist.Check(attribute.Value) is { } problem)
            {
                diagnostics.Error(DiagnosticCodes.ForbiddenStyle, at, $"The style on <{tag}> is not allowed: {problem}. Remove it, or use a class.");
            }
            else if (name is "href" or "src" or "cite")
            {
                CheckUrl(element, name, attribute.Value, at, diagnostics);
            }
            else if (name == "target" && attribute.Value != "_blank")
            {
                diagnostics.Error(DiagnosticCodes.ForbiddenHtml, at, $"target=\"{UrlPolicy.Shorten(attribute.Value)}\" on <{tag}> is not allowed: links open in the course, or beside it with target=\"_blank\".");
            }
        }

        return true;
    }

    private static void CheckUrl(IElement element, string attribute, string value, SourceLocation at, DiagnosticBag diagnostics)
    {
        var tag = element.LocalName;
        // Browsers drop tabs and line breaks anywhere in a URL, and spaces and controls around it.
        var url = new string(value.Where(c => c is not ('\t' or '\n' or '\r')).ToArray()).Trim(' ', '\f', '\v', '\0');
        var scheme = Scheme(url);
        if (scheme is null)
        {
            if (url.StartsWith('/') || url.StartsWith('\\'))
            {
                diagnostics.Error(DiagnosticCodes.ForbiddenUrl, at,
                    $"The {attribute} '{UrlPolicy.Shorten(url)}' starts with '/': it leaves the package. Use a path inside the course, or a full https:// address.");
            }
            else if (!url.StartsWith('#') && !element.HasAttribute(SourceLinesExtension.LineAttribute))
            {
                // Markdown links and images are resolved and packaged; a path in raw HTML is neither.
                diagnostics.Error(DiagnosticCodes.ForbiddenHtml, at,
                    $"In raw HTML, '{UrlPolicy.Shorten(url)}' cannot be checked or packaged. Link to course files with Markdown instead: [text](path) or ![alt](path).");
            }

            return;
        }

        if (tag == "img" && attribute == "src")
        {
            if (!UrlPolicy.IsDataImage(url))
            {
                diagnostics.Error(scheme is "http" or "https" ? DiagnosticCodes.ExternalResource : DiagnosticCodes.ForbiddenUrl, at, scheme is "http" or "https"
                    ? UrlPolicy.RemoteImageMessage(url)
                    : $"The src '{UrlPolicy.Shorten(url)}' uses a kind of URL the course does not allow. Use a path inside the course, or an inline PNG, JPEG, GIF or WebP.");
            }
        }
        else if (!s_linkSchemes.Contains(scheme))
        {
            diagnostics.Error(DiagnosticCodes.ForbiddenUrl, at,
                $"The {attribute} '{UrlPolicy.Shorten(url)}' uses a kind of URL the course does not allow. Use http(s), mailto or a path inside the course.");
        }
        else if (tag == "a" && scheme != "mailto" && element.GetAttribute("target") != "_blank")
        {
            diagnostics.Error(DiagnosticCodes.ForbiddenHtml, at,
                $"The link to '{UrlPolicy.Shorten(url)}' would replace the course, and end the learner's LMS session. Add target=\"_blank\" rel=\"noopener\", or write it as a Markdown link.");
        }
    }

    /// <summary>The URL's scheme in lower case, as a browser reads it; null for a relative URL.</summary>
    private static string? Scheme(string url)
    {
        var colon = url.IndexOf(':');
        if (colon <= 0 || url.AsSpan(0, colon).IndexOfAny("/?#") >= 0)
        {
            return null;
        }

        var scheme = url[..colon];
        return char.IsAsciiLetter(scheme[0]) && scheme.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.') ? scheme.ToLowerInvariant() : "";
    }

    private (int Line, int Column, bool Reserved)? ParseMark(string data)
    {
        if (!data.StartsWith(markPrefix + ":", StringComparison.Ordinal))
        {
            return null;
        }

        var fields = data[(markPrefix.Length + 1)..].Split(':');
        var reserved = fields[0] == SourceLinesExtension.ReservedMark;
        var numbers = reserved ? fields[1..] : fields;
        return numbers.Length == 2 &&
               int.TryParse(numbers[0], NumberStyles.None, CultureInfo.InvariantCulture, out var line) &&
               int.TryParse(numbers[1], NumberStyles.None, CultureInfo.InvariantCulture, out var column)
            ? (line, column, reserved)
            : null;
    }

    /// <summary>The templates' own markup: no handlers and no inline styles, which the page's CSP would block.</summary>
    private void CheckTemplateElement(IElement element, DiagnosticBag diagnostics)
    {
        foreach (var attribute in element.Attributes)
        {
            if (attribute.Name.StartsWith("on", StringComparison.Ordinal) || attribute.Name == "style")
            {
                var part = element.Closest("section.sb-part")?.Id;
                var at = part is not null && partLocations.TryGetValue(part, out var location) ? location : templateLocation;
                diagnostics.Error(DiagnosticCodes.ForbiddenHtml, at,
                    $"The attribute '{attribute.Name}' on <{element.LocalName}> is not allowed on the page: the page's Content-Security-Policy blocks inline handlers and styles. Use the runtime's scripts and a class in course.css.");
            }
        }
    }

    /// <summary>The page's text with the start of each line, to turn an index into a line and column (1-based).</summary>
    private sealed class PageLines(string text)
    {
        private readonly List<int> _starts = Starts(text);

        public string Text => text;

        public (int Line, int Column) At(int index)
        {
            var line = _starts.BinarySearch(index);
            line = line >= 0 ? line : ~line - 1;
            return (line + 1, index - _starts[line] + 1);
        }

        private static List<int> Starts(string text)
        {
            var starts = new List<int> { 0 };
            for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
            {
                starts.Add(i + 1);
            }

            return starts;
        }
    }
}
