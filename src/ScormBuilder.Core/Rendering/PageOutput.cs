using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ScormBuilder.Diagnostics;

namespace ScormBuilder.Rendering;

/// <summary>
/// Writes the checked page from its nodes: the build's marks taken off as attributes, never cut out of text, then
/// the whole page serialised. A browser must read that text back into the same tree, or a body sits where its
/// HTML cannot nest (a template that puts a body inside a &lt;p&gt;): that is an error, not a page.
/// </summary>
internal static class PageOutput
{
    private const string MarkPrefix = "data-sb-";

    public static string? Write(IDocument document, IReadOnlyDictionary<IElement, SourceLocation> located, SourceLocation templateLocation, DiagnosticBag diagnostics)
    {
        // The checked copy named the charset otherwise, for speed (see HtmlChecker.Parse); the learner's page keeps it.
        if (document.Head?.QuerySelector("meta[" + HtmlChecker.CharsetStandIn + "]") is { } meta)
        {
            meta.SetAttribute("charset", meta.GetAttribute(HtmlChecker.CharsetStandIn)!);
            meta.RemoveAttribute(HtmlChecker.CharsetStandIn);
        }

        foreach (var element in document.All.ToArray())
        {
            foreach (var name in element.Attributes.Select(a => a.Name).Where(n => n.StartsWith(MarkPrefix, StringComparison.Ordinal)).ToArray())
            {
                element.RemoveAttribute(name);
            }
        }

        var text = PageText.Of(document);
        var body = document.Body!;
        var reread = new HtmlParser().ParseDocument("<!DOCTYPE html><html><head></head>" + PageText.Of(body) + "</html>").Body!;
        using var written = Walk(body).GetEnumerator();
        foreach (var (read, depth) in Walk(reread))
        {
            if (!written.MoveNext() || written.Current.Element.LocalName != read.LocalName || written.Current.Depth != depth)
            {
                var at = located.GetValueOrDefault(written.Current.Element ?? body, templateLocation);
                diagnostics.Report(RenderingDiagnostics.ForbiddenHtml, at,
                    $"A browser would not read the page as it was built: <{read.LocalName}> moves here. A template puts a body inside an element that cannot hold it (such as a <p>); put the body inside a <div> or <section>.");
                return null;
            }
        }

        return text;
    }

    private static IEnumerable<(IElement Element, int Depth)> Walk(IElement root)
    {
        var pending = new Stack<(IElement, int)>([(root, 0)]);
        while (pending.TryPop(out var item))
        {
            yield return item;
            foreach (var child in item.Item1.Children.Reverse())
            {
                pending.Push((child, item.Item2 + 1));
            }
        }
    }
}
