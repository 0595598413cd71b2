using System.Text;
using System.Xml;

namespace ScormBuilder.Loading;

/// <summary>
/// What is inside a media file: its first bytes must be what its extension says, and an SVG (which a browser runs
/// as a document when it is opened from a link) must hold no script, no handlers, no foreignObject and nothing
/// from outside itself.
/// </summary>
internal static class MediaContent
{
    /// <summary>The largest SVG the build reads to check: a drawing for a course is far smaller.</summary>
    public const int MaxSvgBytes = 4 * 1024 * 1024;

    private static readonly Dictionary<string, (string Name, Func<ReadOnlyMemory<byte>, bool> Matches)> s_signatures = new(StringComparer.OrdinalIgnoreCase)
    {
        [".png"] = ("a PNG image", b => b.Span.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A })),
        [".jpg"] = ("a JPEG image", b => b.Span.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF })),
        [".jpeg"] = ("a JPEG image", b => b.Span.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF })),
        [".gif"] = ("a GIF image", b => b.Span.StartsWith("GIF87a"u8) || b.Span.StartsWith("GIF89a"u8)),
        [".webp"] = ("a WebP image", b => b.Span.StartsWith("RIFF"u8) && b.Length >= 12 && b.Span[8..12].SequenceEqual("WEBP"u8)),
        [".mp4"] = ("an MP4 video", b => b.Length >= 8 && b.Span[4..8].SequenceEqual("ftyp"u8)),
        [".webm"] = ("a WebM video", b => b.Span.StartsWith(new byte[] { 0x1A, 0x45, 0xDF, 0xA3 })),
        [".mp3"] = ("an MP3 file", b => b.Span.StartsWith("ID3"u8) || (b.Length >= 2 && b.Span[0] == 0xFF && (b.Span[1] & 0xE0) == 0xE0)),
        [".vtt"] = ("a WebVTT caption file", IsWebVtt),
        [".pdf"] = ("a PDF document", b => b.Span.StartsWith("%PDF-"u8)),
    };

    /// <summary>Null when the file holds what its extension says; otherwise what is wrong, for a diagnostic.</summary>
    public static string? Problem(string path, Stream stream)
    {
        var extension = Path.GetExtension(path);
        if (extension.Equals(".svg", StringComparison.OrdinalIgnoreCase))
        {
            return SvgProblem(stream);
        }

        if (!s_signatures.TryGetValue(extension, out var signature))
        {
            return null;
        }

        var head = new byte[16];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        return signature.Matches(head.AsMemory(0, read))
            ? null
            : $"it does not start as {signature.Name} does: its content is not what '{extension}' says. Export it again in that format, or give it the extension of what it is";
    }

    private static bool IsWebVtt(ReadOnlyMemory<byte> bytes)
    {
        var span = bytes.Span;
        if (span.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }))
        {
            span = span[3..];
        }

        return span.StartsWith("WEBVTT"u8) && (span.Length == 6 || span[6] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r');
    }

    private static string? SvgProblem(Stream stream)
    {
        if (stream.Length > MaxSvgBytes)
        {
            return $"it is over {MaxSvgBytes / 1024 / 1024} MB: simplify the drawing, or export it as a PNG";
        }

        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, IgnoreProcessingInstructions = true };
        try
        {
            using var reader = XmlReader.Create(stream, settings);
            var inStyle = false;
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element)
                {
                    inStyle = reader.LocalName.Equals("style", StringComparison.OrdinalIgnoreCase) && !reader.IsEmptyElement;
                    if (ElementProblem(reader) is { } problem)
                    {
                        return problem;
                    }
                }
                else if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA && inStyle && LoadsInCss(reader.Value))
                {
                    return "a <style> in it loads something from outside the drawing (url() or @import)";
                }
                else if (reader.NodeType == XmlNodeType.EndElement)
                {
                    inStyle = false;
                }
            }
        }
        catch (XmlException e)
        {
            return $"it is not well-formed XML ({e.Message.TrimEnd('.')}); a DTD or entity is not allowed either";
        }

        return null;
    }

    private static string? ElementProblem(XmlReader reader)
    {
        var element = reader.LocalName;
        if (element.Equals("script", StringComparison.OrdinalIgnoreCase))
        {
            return "it holds a <script>, which runs when a learner opens the drawing";
        }

        if (element.Equals("foreignObject", StringComparison.OrdinalIgnoreCase))
        {
            return "it holds a <foreignObject>, which can carry HTML and script";
        }

        for (var more = reader.MoveToFirstAttribute(); more; more = reader.MoveToNextAttribute())
        {
            var name = reader.LocalName;
            var value = reader.Value;
            var plain = new string(value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
            if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
            {
                return $"<{element}> has the event handler '{name}', which runs code";
            }

            if (name == "href" && !value.StartsWith('#'))
            {
                return $"<{element}> refers to '{Shorten(value)}', outside the drawing: only references within it (#id) are allowed";
            }

            if (plain.Contains("javascript:", StringComparison.OrdinalIgnoreCase) || plain.Contains("data:", StringComparison.OrdinalIgnoreCase))
            {
                return $"the attribute '{name}' on <{element}> holds a javascript: or data: URL";
            }

            if (LoadsInCss(value))
            {
                return $"the attribute '{name}' on <{element}> loads something from outside the drawing (url() or @import)";
            }
        }

        reader.MoveToElement();
        return null;
    }

    // url(#id) points inside the drawing (a gradient, a filter); any other url() or @import leaves it.
    private static bool LoadsInCss(string css)
    {
        var plain = new StringBuilder(css.Length);
        foreach (var c in css.Where(c => !char.IsWhiteSpace(c)))
        {
            plain.Append(char.ToLowerInvariant(c));
        }

        var text = plain.ToString();
        if (text.Contains("@import", StringComparison.Ordinal) || text.Contains('\\'))
        {
            return true;
        }

        for (var at = text.IndexOf("url(", StringComparison.Ordinal); at >= 0; at = text.IndexOf("url(", at + 4, StringComparison.Ordinal))
        {
            var target = text.AsSpan(at + 4).TrimStart("'\"");
            if (!target.StartsWith("#"))
            {
                return true;
            }
        }

        return false;
    }

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
