using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ScormBuilder.Diagnostics;

namespace ScormBuilder.Loading;

/// <summary>
/// The allowlist for raw HTML inside course Markdown: formatting and structure only. Anything that can run
/// code, load another page or pull in a remote resource is an error on the line where it was written.
/// </summary>
internal static class RawHtmlPolicy
{
    private static readonly HashSet<string> s_allowedTags = new(StringComparer.Ordinal)
    {
        "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd", "del", "details",
        "dfn", "div", "dl", "dt", "em", "figcaption", "figure", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins",
        "kbd", "li", "mark", "ol", "p", "pre", "q", "s", "samp", "small", "span", "strong", "sub", "summary", "sup",
        "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul", "var", "wbr",
        // Parsing a fragment wraps it in these; they are never written by the author.
        "html", "head", "body",
    };

    private static readonly HashSet<string> s_allowedAttributes = new(StringComparer.Ordinal)
    {
        "abbr", "alt", "cite", "class", "colspan", "datetime", "dir", "headers", "height", "href", "id", "lang",
        "open", "rel", "reversed", "role", "rowspan", "scope", "span", "src", "start", "style", "target", "title", "type", "width",
    };

    private static readonly HtmlParser s_parser = new(new HtmlParserOptions { IsKeepingSourceReferences = true });

    /// <summary>Checks <paramref name="html"/>, whose first line is <paramref name="location"/>'s line.</summary>
    public static void Check(string html, SourceLocation location, DiagnosticBag diagnostics)
    {
        var document = s_parser.ParseDocument(html);
        foreach (var element in document.All)
        {
            var at = element.SourceReference is { } source
                ? location with { Line = location.Line + source.Position.Line - 1 }
                : location;
            CheckElement(element, at, diagnostics);
        }
    }

    private static void CheckElement(IElement element, SourceLocation at, DiagnosticBag diagnostics)
    {
        var tag = element.LocalName;
        if (!s_allowedTags.Contains(tag))
        {
            var why = tag is "script" or "iframe" or "object" or "embed" or "frame" or "applet"
                ? "it runs code or loads another page inside the course"
                : "it is not on the list of formatting tags a course may use";
            diagnostics.Error(DiagnosticCodes.ForbiddenHtml, at, $"<{tag}> is not allowed in course Markdown: {why}. Remove it, or write the content in Markdown.");
            return;
        }

        foreach (var attribute in element.Attributes)
        {
            var name = attribute.Name;
            if (name.StartsWith("on", StringComparison.Ordinal))
            {
                diagnostics.Error(DiagnosticCodes.ForbiddenHtml, at, $"The attribute '{name}' on <{tag}> runs code. Remove it.");
            }
            else if (!s_allowedAttributes.Contains(name) && !name.StartsWith("aria-", StringComparison.Ordinal))
            {
                diagnostics.Error(DiagnosticCodes.ForbiddenHtml, at, $"The attribute '{name}' is not allowed on <{tag}>. Remove it.");
            }
            else if (name is "href" or "src")
            {
                CheckUrl(element, name, attribute.Value.Trim(), at, diagnostics);
            }
            else if (name == "style" && HasUnsafeStyle(attribute.Value))
            {
                diagnostics.Error(DiagnosticCodes.ForbiddenStyle, at,
                    $"The style on <{tag}> loads something (url(), @import or expression()). Remove that part; put images in the Markdown instead.");
            }
        }
    }

    private static void CheckUrl(IElement element, string attribute, string url, SourceLocation at, DiagnosticBag diagnostics)
    {
        var tag = element.LocalName;
        if (url.StartsWith('#') || (tag == "img" && UrlPolicy.IsDataImage(url)))
        {
            return;
        }

        if (!UrlPolicy.IsExternal(url))
        {
            diagnostics.Error(url.Contains(':') ? DiagnosticCodes.ForbiddenUrl : DiagnosticCodes.ForbiddenHtml, at, url.Contains(':')
                ? $"The {attribute} '{UrlPolicy.Shorten(url)}' uses a kind of URL the course does not allow. Use http(s), mailto or a path inside the course."
                : $"In raw HTML, '{UrlPolicy.Shorten(url)}' cannot be checked or packaged. Link to course files with Markdown instead: [text](path) or ![alt](path).");
        }
        else if (tag == "img")
        {
            diagnostics.Error(DiagnosticCodes.ExternalResource, at, UrlPolicy.RemoteImageMessage(url));
        }
        else if (element.GetAttribute("target") != "_blank")
        {
            diagnostics.Error(DiagnosticCodes.ForbiddenHtml, at,
                $"The link to '{UrlPolicy.Shorten(url)}' would replace the course, and end the learner's LMS session. Add target=\"_blank\" rel=\"noopener\", or write it as a Markdown link.");
        }
    }

    private static bool HasUnsafeStyle(string style) =>
        style.Contains("url(", StringComparison.OrdinalIgnoreCase) ||
        style.Contains("@import", StringComparison.OrdinalIgnoreCase) ||
        style.Contains("expression(", StringComparison.OrdinalIgnoreCase);
}
