using AngleSharp.Dom;
using ScormBuilder.Diagnostics;
using ScormBuilder.Loading;
using ScormBuilder.Rendering.Markdown;

namespace ScormBuilder.Rendering;

/// <summary>
/// The one place that decides what an author's Markdown may put on the page: one list of elements, attributes per
/// element, URL schemes per attribute, <c>rel</c> values, and CSS in <c>style</c>, against which
/// <see cref="AuthorBodyCheck"/> holds every element of every body; and the rule for the templates' own markup (no
/// handlers, no inline styles).
/// </summary>
internal static class PageAllowlist
{
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

    /// <summary>The link types a link may name; none lets the page it opens reach back into the course.</summary>
    private static readonly HashSet<string> s_relValues = new(StringComparer.OrdinalIgnoreCase)
    {
        "noopener", "noreferrer", "nofollow", "external", "license", "help", "author", "bookmark", "tag",
    };

    /// <summary>What every link that leaves the course carries, whatever its author wrote.</summary>
    public const string LeavingRel = "noopener noreferrer";

    private static readonly string[] s_genericAllowed = ["id", "class"];

    private static readonly string[] s_runsCode = ["script", "iframe", "object", "embed", "frame", "frameset", "applet", "svg", "math", "base", "form", "meta", "link", "style"];

    /// <summary>The elements and attributes (beside class, id, title, lang, dir, role, style and aria-*) authors may use, for docs/authoring.md.</summary>
    public static IReadOnlyCollection<string> Elements => s_elements;

    /// <returns>Whether to look inside the element: not when the element itself is refused.</returns>
    public static bool CheckElement(IElement element, SourceLocation at, DiagnosticBag diagnostics)
    {
        var tag = element.LocalName;
        if (!s_elements.Contains(tag) || element.NamespaceUri != NamespaceNames.HtmlUri)
        {
            var why = s_runsCode.Contains(tag)
                ? "it runs code or loads another page inside the course"
                : "it is not on the list of formatting tags a course may use";
            diagnostics.Report(RenderingDiagnostics.ForbiddenHtml, at, $"<{tag}> is not allowed in course Markdown: {why}. Remove it, or write the content in Markdown.");
            return false;
        }

        var generic = element.GetAttribute(SourceLinesExtension.GenericAttribute)?.Split(' ') ?? [];
        foreach (var name in generic.Where(n => !s_genericAllowed.Contains(n)))
        {
            diagnostics.Report(RenderingDiagnostics.ForbiddenHtml, at,
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
                diagnostics.Report(RenderingDiagnostics.ForbiddenHtml, at, $"The attribute '{name}' on <{tag}> runs code. Remove it.");
            }
            else if (!s_globalAttributes.Contains(name) && !name.StartsWith("aria-", StringComparison.Ordinal) &&
                     !(s_attributes.TryGetValue(tag, out var allowed) && allowed.Contains(name)))
            {
                diagnostics.Report(RenderingDiagnostics.ForbiddenHtml, at, $"The attribute '{name}' is not allowed on <{tag}>. Remove it.");
            }
            else if (name == "style" && StyleAllowlist.Loads(attribute.Value))
            {
                diagnostics.Report(RenderingDiagnostics.ForbiddenStyle, at,
                    $"The style on <{tag}> loads something (url(), image-set(), @import or expression()). Remove that part; put images in the Markdown instead.");
            }
            else if (name == "style" && StyleAllowlist.Check(attribute.Value) is { } problem)
            {
                diagnostics.Report(RenderingDiagnostics.ForbiddenStyle, at, $"The style on <{tag}> is not allowed: {problem}. Remove it, or use a class.");
            }
            else if (name is "href" or "src" or "cite")
            {
                CheckUrl(element, name, attribute.Value, at, diagnostics);
            }
            else if (name == "rel" && attribute.Value.Split(s_space, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(v => !s_relValues.Contains(v)) is { } rel)
            {
                diagnostics.Report(RenderingDiagnostics.ForbiddenHtml, at,
                    $"rel=\"{UrlPolicy.Shorten(rel)}\" on <{tag}> is not allowed: a page the course opens must not reach back into it. Remove it; links that leave the course get rel=\"{LeavingRel}\" anyway.");
            }
            else if (name == "target" && attribute.Value != "_blank")
            {
                diagnostics.Report(RenderingDiagnostics.ForbiddenHtml, at, $"target=\"{UrlPolicy.Shorten(attribute.Value)}\" on <{tag}> is not allowed: links open in the course, or beside it with target=\"_blank\".");
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
                diagnostics.Report(RenderingDiagnostics.ForbiddenUrl, at,
                    $"The {attribute} '{UrlPolicy.Shorten(url)}' starts with '/': it leaves the package. Use a path inside the course, or a full https:// address.");
            }
            else if (!url.StartsWith('#') && !element.HasAttribute(SourceLinesExtension.LineAttribute))
            {
                // Markdown links and images are resolved and packaged; a path in raw HTML is neither.
                diagnostics.Report(RenderingDiagnostics.ForbiddenHtml, at,
                    $"In raw HTML, '{UrlPolicy.Shorten(url)}' cannot be checked or packaged. Link to course files with Markdown instead: [text](path) or ![alt](path).");
            }

            return;
        }

        if (tag == "img" && attribute == "src")
        {
            if (!UrlPolicy.IsDataImage(url))
            {
                diagnostics.Report(scheme is "http" or "https" ? RenderingDiagnostics.ExternalResource : RenderingDiagnostics.ForbiddenUrl, at, scheme is "http" or "https"
                    ? UrlPolicy.RemoteImageMessage(url)
                    : $"The src '{UrlPolicy.Shorten(url)}' uses a kind of URL the course does not allow. Use a path inside the course, or an inline PNG, JPEG, GIF or WebP.");
            }
        }
        else if (!s_linkSchemes.Contains(scheme))
        {
            diagnostics.Report(RenderingDiagnostics.ForbiddenUrl, at,
                $"The {attribute} '{UrlPolicy.Shorten(url)}' uses a kind of URL the course does not allow. Use http(s), mailto or a path inside the course.");
        }
        else if (tag == "a" && scheme != "mailto" && element.GetAttribute("target") != "_blank")
        {
            diagnostics.Report(RenderingDiagnostics.ForbiddenHtml, at,
                $"The link to '{UrlPolicy.Shorten(url)}' would replace the course, and end the learner's LMS session. Add target=\"_blank\" rel=\"noopener\", or write it as a Markdown link.");
        }
    }

    private static readonly char[] s_space = [' ', '\t', '\n', '\f', '\r'];

    /// <summary>
    /// Makes a link that leaves the page (another site, an e-mail, a file of the package such as a PDF or a drawing)
    /// open beside the course, never in its frame, and unable to reach back into it.
    /// </summary>
    public static void OpenBeside(IElement link)
    {
        if (link.LocalName == "a" && link.GetAttribute("href") is { } href && !href.StartsWith('#'))
        {
            link.SetAttribute("target", "_blank");
            link.SetAttribute("rel", LeavingRel);
        }
    }

    /// <summary>The templates' own markup: no handlers and no inline styles, which the page's CSP would block.</summary>
    public static void CheckTemplateElement(IElement element, SourceLocation at, DiagnosticBag diagnostics)
    {
        foreach (var attribute in element.Attributes)
        {
            if (attribute.Name.StartsWith("on", StringComparison.Ordinal) || attribute.Name == "style")
            {
                diagnostics.Report(RenderingDiagnostics.ForbiddenHtml, at,
                    $"The attribute '{attribute.Name}' on <{element.LocalName}> is not allowed on the page: the page's Content-Security-Policy blocks inline handlers and styles. Use the runtime's scripts and a class in course.css.");
            }
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
}
