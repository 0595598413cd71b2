using System.Text;
using AngleSharp.Dom;

namespace ScormBuilder.Rendering;

/// <summary>
/// HTML's serialisation of the page's nodes, written in one pass: AngleSharp's own formatter takes time that grows
/// with the square of an element's number of children, which a long body reaches. Comments (the build's marks and
/// authors' notes) are not written, and an empty attribute is written as its bare name, as the templates write them.
/// </summary>
internal static class PageText
{
    private static readonly HashSet<string> s_void = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    };

    private static readonly HashSet<string> s_rawText = new(StringComparer.Ordinal)
    {
        "script", "style", "xmp", "iframe", "noembed", "noframes", "plaintext", "noscript",
    };

    public static string Of(IDocument document)
    {
        var text = new StringBuilder();
        if (document.Doctype is { } doctype)
        {
            text.Append("<!DOCTYPE ").Append(doctype.Name).Append('>');
        }

        return Append(text, document.DocumentElement).ToString();
    }

    public static string Of(IElement element) => Append(new StringBuilder(), element).ToString();

    private static StringBuilder Append(StringBuilder text, IElement root)
    {
        // A node to write, or (as null) the end tag of the element below it on the stack.
        var pending = new Stack<(INode? Node, IElement? Closing)>([(root, null)]);
        while (pending.TryPop(out var item))
        {
            if (item.Closing is { } closing)
            {
                text.Append("</").Append(closing.LocalName).Append('>');
                continue;
            }

            switch (item.Node)
            {
                case IElement element:
                    text.Append('<').Append(element.LocalName);
                    foreach (var attribute in element.Attributes)
                    {
                        text.Append(' ').Append(attribute.Name);
                        if (attribute.Value.Length > 0)
                        {
                            text.Append("=\"").Append(Escape(attribute.Value, inAttribute: true)).Append('"');
                        }
                    }

                    text.Append('>');
                    if (s_void.Contains(element.LocalName))
                    {
                        break;
                    }

                    // A line break that starts a <pre> is dropped when read, so one more is written before it.
                    if (element.LocalName is "pre" or "textarea" or "listing" && element.FirstChild is IText { Data: ['\n', ..] })
                    {
                        text.Append('\n');
                    }

                    pending.Push((null, element));
                    var children = element.ChildNodes;
                    for (var i = children.Length - 1; i >= 0; i--)
                    {
                        pending.Push((children[i], null));
                    }

                    break;
                case IText node:
                    text.Append(node.Parent is IElement parent && s_rawText.Contains(parent.LocalName) ? node.Data : Escape(node.Data, inAttribute: false));
                    break;
            }
        }

        return text;
    }

    private static string Escape(string value, bool inAttribute)
    {
        if (value.AsSpan().IndexOfAny(inAttribute ? "&\"\u00A0" : "&<>\u00A0") < 0)
        {
            return value;
        }

        var escaped = new StringBuilder(value.Length + 16);
        foreach (var c in value)
        {
            _ = (c, inAttribute) switch
            {
                ('&', _) => escaped.Append("&amp;"),
                ('\u00A0', _) => escaped.Append("&nbsp;"),
                ('"', true) => escaped.Append("&quot;"),
                ('<', false) => escaped.Append("&lt;"),
                ('>', false) => escaped.Append("&gt;"),
                _ => escaped.Append(c),
            };
        }

        return escaped.ToString();
    }
}
