using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Markdig.Renderers.Html;

namespace ScormBuilder.Loading;

/// <summary>
/// Gives each heading without an id of its own the id GitHub would (Markdig's <c>AutoIdentifierOptions.GitHub</c>):
/// its text made a URL fragment, "section" when that is empty, and "-1", "-2", … after a repeat. Markdig's own
/// extension finds a repeat's number by trying every number from 1 again, so 20,000 headings with the same words
/// take time growing with the square of their count; this one remembers the next number to try for each text.
/// </summary>
internal sealed class HeadingIds : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (pipeline.BlockParsers.Find<HeadingBlockParser>() is { } headings)
        {
            headings.Closed -= OnClosed;
            headings.Closed += OnClosed;
        }

        // A '===' or '---' underline turns a paragraph into a heading when the paragraph closes.
        if (pipeline.BlockParsers.FindExact<ParagraphBlockParser>() is { } paragraphs)
        {
            paragraphs.Closed -= OnClosed;
            paragraphs.Closed += OnClosed;
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void OnClosed(BlockProcessor processor, Block block)
    {
        if (block is HeadingBlock heading)
        {
            heading.ProcessInlinesEnd += OnInlinesEnd;
        }
    }

    private static void OnInlinesEnd(InlineProcessor processor, Inline? inline)
    {
        if (processor.Block is not HeadingBlock { Inline: { } content } heading || heading.GetAttributes() is not { Id: null } attributes)
        {
            return;
        }

        if (processor.Document.GetData(typeof(HeadingIds)) is not TakenIds taken)
        {
            taken = new TakenIds();
            processor.Document.SetData(typeof(HeadingIds), taken);
        }

        using var writer = new StringWriter();
        var plain = new HtmlRenderer(writer) { EnableHtmlForInline = false, EnableHtmlEscape = false };
        plain.Render(content);
        var text = LinkHelper.UrilizeAsGfm(writer.ToString());
        attributes.Id = taken.Claim(text.Length == 0 ? "section" : text);
    }

    // The ids given so far in one document, and for each text the next number worth trying after it.
    private sealed class TakenIds
    {
        private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _next = new(StringComparer.Ordinal);

        // Every number below the remembered one was taken when tried, and ids are never given back, so starting
        // there gives the same id as trying from 1; each id in the set stops at most one search, so all are linear.
        public string Claim(string text)
        {
            var number = _next.GetValueOrDefault(text);
            var id = number == 0 ? text : $"{text}-{number}";
            while (!_ids.Add(id))
            {
                id = $"{text}-{++number}";
            }

            _next[text] = number + 1;
            return id;
        }
    }
}
