using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ScormBuilder.Diagnostics;
using ScormBuilder.Model;
using ScormBuilder.Sources;

namespace ScormBuilder.Loading;

/// <summary>
/// Reads a Markdown body at load: checks what the author wrote (headings, link kinds; raw HTML is checked on the final page, Rendering/PageAllowlist) and records every
/// link, resolved against the course folder, for the cross-file checks. It never changes the tree for the output:
/// Rendering parses the text again with the extensions that shape the page.
/// </summary>
internal sealed class MarkdownReader(CourseFolder folder, DiagnosticBag diagnostics, IReadOnlyList<IBodyBlockReader> blockReaders)
{
    /// <summary>The Markdown syntax authors may use. Rendering builds on the same syntax.</summary>
    public static MarkdownPipelineBuilder Syntax() => new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseListExtras()
        .UseDefinitionLists()
        .Use<HeadingIds>()
        .UseGenericAttributes()
        .Use<RevealBlocks>();

    private static readonly MarkdownPipeline s_pipeline = Syntax().Build();

    /// <param name="path">Course-relative path of the file.</param>
    /// <param name="ownerId">The id of the part (or transcript) the body belongs to.</param>
    /// <param name="text">The body text.</param>
    /// <param name="firstLine">The file line the body starts on.</param>
    public MarkdownSource Read(string path, string ownerId, string text, int firstLine)
    {
        var displayPath = folder.DisplayPath(path);
        var document = Markdown.Parse(text, s_pipeline);
        var links = new List<MarkdownLink>();
        var blocks = new List<BodyBlock>();
        SourceLocation At(MarkdownObject node) => new(displayPath, firstLine + node.Line, node.Column + 1);
        RevealBlocks.Check(document, At, diagnostics);
        CharacterReferences.Check(document, At, diagnostics);
        CountLimits.CheckTables(document, At, diagnostics);

        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case HeadingBlock { Level: 1 } heading:
                    diagnostics.Report(RenderingDiagnostics.TitleHeadingInBody, At(heading),
                        "Level-1 headings ('# ') are reserved for the part's title. Start headings in the body at '## '.");
                    break;
                case AutolinkInline autolink when !UrlPolicy.IsExternal(autolink.Url) && !autolink.IsEmail:
                    diagnostics.Report(RenderingDiagnostics.ForbiddenUrl, At(autolink),
                        $"'{UrlPolicy.Shorten(autolink.Url)}' uses a kind of link the course does not allow. Use http(s), mailto or a path inside the course.");
                    break;
                case FencedCodeBlock fenced when ReaderOf(fenced) is { } reader:
                    var source = new BodyBlockSource(fenced.Lines.ToString(), firstLine + fenced.Line + 1, fenced.Line, At(fenced),
                        fenced.ClosingFencedCharCount > 0, displayPath, ownerId);
                    if (reader.Read(source, diagnostics) is { } block)
                    {
                        blocks.Add(block);
                    }

                    break;
                case FencedCodeBlock fenced when MisspeltReaderOf(fenced) is { } meant:
                    diagnostics.Report(LoadingDiagnostics.MisspeltBlock, At(fenced),
                        $"'```{DiagnosticText.Quote(fenced.Info!.Trim())}' is not a kind of block. Did you mean '```{meant}'? Fix the fence, or give a code block a language that is not a block's name.");
                    break;
                case LinkInline link when link.Url is not null:
                    if (ResolveLink(path, link, At(link)) is { } resolved)
                    {
                        links.Add(resolved);
                    }

                    break;
            }
        }

        return new MarkdownSource(path, displayPath, ownerId, text, firstLine, links) { Blocks = blocks };
    }

    private IBodyBlockReader? ReaderOf(FencedCodeBlock fenced) =>
        blockReaders.FirstOrDefault(r => string.Equals(r.Name, fenced.Info?.Trim(), StringComparison.Ordinal));

    // A fence one slip away from a block's name would otherwise quietly show the author's question as code.
    private string? MisspeltReaderOf(FencedCodeBlock fenced) =>
        fenced.Info?.Trim() is { Length: > 0 } info ? Suggest.Closest(info, blockReaders.Select(r => r.Name)) : null;

    private MarkdownLink? ResolveLink(string path, LinkInline link, SourceLocation location)
    {
        var url = link.Url!.Trim();
        if (UrlPolicy.IsExternal(url))
        {
            if (link.IsImage)
            {
                diagnostics.Report(RenderingDiagnostics.ExternalResource, location, UrlPolicy.RemoteImageMessage(url));
                return null;
            }

            return new MarkdownLink(url, url, null, false, true, location);
        }

        if (link.IsImage && UrlPolicy.IsDataImage(url))
        {
            return null;
        }

        if (url.Contains(':'))
        {
            diagnostics.Report(RenderingDiagnostics.ForbiddenUrl, location,
                $"'{UrlPolicy.Shorten(url)}' uses a kind of link the course does not allow. Use http(s), mailto or a path inside the course.");
            return null;
        }

        var hash = url.IndexOf('#');
        var anchor = hash >= 0 ? url[(hash + 1)..] : null;
        var target = hash >= 0 ? url[..hash] : url;
        var resolved = target.Length == 0 ? path : folder.Resolve(path, Uri.UnescapeDataString(target), location, diagnostics);
        return resolved is null ? null : new MarkdownLink(url, resolved, anchor, link.IsImage, false, location);
    }
}
