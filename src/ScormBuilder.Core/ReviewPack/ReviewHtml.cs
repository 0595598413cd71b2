using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace ScormBuilder.ReviewPack;

/// <summary>
/// The review pack's markup, written only through these methods: element names and attributes are the pack's own,
/// and every piece of author text goes through <see cref="Text"/>, so it is shown and never run.
/// </summary>
internal sealed class ReviewHtml
{
    private readonly StringBuilder _html = new();

    /// <summary>What changed since an earlier release, marked beside each source label.</summary>
    public IReviewChanges Changes { get; init; } = NoChanges.Instance;

    /// <summary>Opens an element; <paramref name="attributes"/> are name and value pairs, values escaped.</summary>
    public ReviewHtml Open(string element, params (string Name, string Value)[] attributes)
    {
        _html.Append('<').Append(element);
        foreach (var (name, value) in attributes)
        {
            _html.Append(' ').Append(name).Append("=\"").Append(Escape(value)).Append('"');
        }

        _html.Append('>');
        return this;
    }

    /// <summary>
    /// A whole self-contained page around <paramref name="body"/>: its Content-Security-Policy allows only its own
    /// style and (when given) its own script, each by hash, and nothing else, so the page loads nothing.
    /// </summary>
    public static string Page(string language, string title, string style, ReviewHtml body, string? script = null)
    {
        var scriptSource = script is null ? "" : $" script-src {CspHash(script)};";
        var head = new ReviewHtml();
        head.Open("meta", ("charset", "utf-8"));
        head.Open("meta", ("http-equiv", "Content-Security-Policy"),
            ("content", $"default-src 'none'; style-src {CspHash(style)};{scriptSource} img-src 'none'; base-uri 'none'; form-action 'none'"));
        head.Open("meta", ("name", "viewport"), ("content", "width=device-width, initial-scale=1"));
        head.Element("title", title);
        var scriptElement = script is null ? "" : $"<script>{script}</script>\n";
        return $"<!DOCTYPE html>\n<html lang=\"{Escape(language)}\">\n<head>\n{head}\n<style>{style}</style>\n</head>\n<body>\n{body}{scriptElement}</body>\n</html>\n";
    }

    private static string CspHash(string text) => $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)))}'";

    public ReviewHtml Close(string element)
    {
        _html.Append("</").Append(element).Append(">\n");
        return this;
    }

    /// <summary>An element holding only text.</summary>
    public ReviewHtml Element(string element, string text, params (string Name, string Value)[] attributes) =>
        Open(element, attributes).Text(text).Close(element);

    /// <summary>Author or course text, escaped.</summary>
    public ReviewHtml Text(string text)
    {
        _html.Append(Escape(text));
        return this;
    }

    /// <summary>Markup the pack wrote itself (an SVG from <see cref="ScenarioGraph"/>), never author text.</summary>
    public ReviewHtml Markup(ReviewHtml other)
    {
        _html.Append(other._html);
        return this;
    }

    /// <summary>The source label of a block: 'file:line', so a reviewer's comment can be traced back.</summary>
    public ReviewHtml Source(string path, int line)
    {
        Element("span", line > 0 ? $"{path}:{line}" : path, ("class", "src"));
        return Changes.MarkAt(path, line) is { } mark ? Element("strong", $" {mark}", ("class", "change")) : this;
    }

    public override string ToString() => _html.ToString();

    public static string Escape(string text) => WebUtility.HtmlEncode(text);
}
