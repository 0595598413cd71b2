using System.Globalization;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ScormBuilder.Rendering.Markdown;

/// <summary>
/// Marks every block and link with its line in the body, every raw HTML block and tag with a comment naming its
/// line and column, and every element given generic attributes (<c>{key=value}</c>) with their names, so that the
/// checks on the rendered page can point back at the author's source. The marks are removed from the page once it
/// has been checked.
/// </summary>
internal sealed class SourceLinesExtension : IMarkdownExtension
{
    public const string LineAttribute = "data-sb-line";

    /// <summary>The names of the attributes the author gave an element with Markdig's <c>{…}</c> syntax.</summary>
    public const string GenericAttribute = "data-sb-generic";

    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.DocumentProcessed += Mark;

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.ReplaceOrAdd<HtmlBlockRenderer>(new MarkedHtmlBlockRenderer());
            html.ObjectRenderers.ReplaceOrAdd<HtmlInlineRenderer>(new MarkedHtmlInlineRenderer());
        }
    }

    private static void Mark(MarkdownDocument document)
    {
        foreach (var node in document.Descendants())
        {
            // Before any extension adds its own: what is here now, the author wrote.
            if (node.TryGetAttributes() is { Properties.Count: > 0 } written)
            {
                written.AddProperty(GenericAttribute, string.Join(' ', written.Properties.Select(p => p.Key)));
            }

            if (node is (Block and not MarkdownDocument) or LinkInline)
            {
                node.GetAttributes().AddProperty(LineAttribute, node.Line.ToString(CultureInfo.InvariantCulture));
            }
        }
    }

    /// <summary>Marks the place of raw HTML that uses the build's own attribute names, which is not written.</summary>
    public const string ReservedMark = "reserved";

    /// <summary>The comment that marks raw HTML written at <paramref name="line"/> and <paramref name="column"/> of the body.</summary>
    public static string RawHtmlMark(string prefix, int line, int column) =>
        string.Create(CultureInfo.InvariantCulture, $"<!--{prefix}:{line}:{column}-->");

    // The build removes its marks from the page by name once the page is checked; raw HTML that holds one of those
    // names could make that removal join text into markup the check never saw, so it is replaced by a mark that
    // the check reports.
    private static bool UsesReservedNames(string html) => html.Contains("data-sb-", StringComparison.OrdinalIgnoreCase);

    private static string ReservedHtmlMark(string prefix, int line, int column) =>
        string.Create(CultureInfo.InvariantCulture, $"<!--{prefix}:{ReservedMark}:{line}:{column}-->");

    /// <summary>
    /// A comment every browser reads as Markdig does: it ends at the first '--&gt;'. Such a comment is dropped from
    /// the output; any other ('--' inside, '--!&gt;', '&lt;!--&gt;') is written as it is, for the page's check to find.
    /// </summary>
    private static bool IsPlainComment(string text, out string rest)
    {
        rest = text;
        if (!text.StartsWith("<!--", StringComparison.Ordinal))
        {
            return false;
        }

        var end = text.IndexOf("-->", 4, StringComparison.Ordinal);
        if (end < 0)
        {
            return false;
        }

        var body = text[4..end];
        if (body.StartsWith('>') || body.StartsWith("->", StringComparison.Ordinal) || body.EndsWith('-') || body.Contains("--", StringComparison.Ordinal))
        {
            return false;
        }

        rest = text[(end + 3)..];
        return true;
    }

    private sealed class MarkedHtmlBlockRenderer : HtmlObjectRenderer<HtmlBlock>
    {
        protected override void Write(HtmlRenderer renderer, HtmlBlock block)
        {
            var text = block.Lines.ToString();
            var line = block.Line;
            if (IsPlainComment(text, out var rest))
            {
                if (string.IsNullOrWhiteSpace(rest))
                {
                    return;
                }

                line += text.AsSpan(0, text.Length - rest.Length).Count('\n');
                text = rest;
            }

            var prefix = CourseHtmlRenderer.Of(renderer).MarkPrefix;
            renderer.WriteLine(UsesReservedNames(text) ? ReservedHtmlMark(prefix, line, block.Column + 1) : RawHtmlMark(prefix, line, block.Column + 1) + text);
        }
    }

    private sealed class MarkedHtmlInlineRenderer : HtmlObjectRenderer<HtmlInline>
    {
        protected override void Write(HtmlRenderer renderer, HtmlInline inline)
        {
            if (IsPlainComment(inline.Tag, out var rest) && rest.Length == 0)
            {
                return;
            }

            var prefix = CourseHtmlRenderer.Of(renderer).MarkPrefix;
            renderer.Write(UsesReservedNames(inline.Tag) ? ReservedHtmlMark(prefix, inline.Line, inline.Column + 1) : RawHtmlMark(prefix, inline.Line, inline.Column + 1) + inline.Tag);
        }
    }
}
