using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Syntax;
using ScormBuilder.Diagnostics;

namespace ScormBuilder.Loading;

/// <summary>
/// Reveals as the author writes them: <c>::: details Summary</c> … <c>:::</c>, and <c>:::: tabs</c> holding
/// <c>::: tab Title</c> … <c>:::</c> blocks. Adds the block syntax to the pipeline and checks every block at its
/// line; Rendering/Markdown/RevealsExtension turns them into the page's markup.
/// </summary>
internal sealed class RevealBlocks : IMarkdownExtension
{
    public const string Details = "details";
    public const string Tabs = "tabs";
    public const string Tab = "tab";

    private static readonly string[] s_known = [Details, Tabs, Tab];

    // Only the block form: Markdig's inline '::text::' would change how bodies written before reveals render.
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<CustomContainerParser>())
        {
            pipeline.BlockParsers.Insert(0, new CustomContainerParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    /// <summary>True for a <c>:::: tabs</c> block.</summary>
    public static bool IsTabs(Block block) => block is CustomContainer { Info: Tabs };

    /// <summary>True for a <c>::: tab</c> block directly inside a <c>:::: tabs</c> block.</summary>
    public static bool IsTab(Block block) => block is CustomContainer { Info: Tab, Parent: { } parent } && IsTabs(parent);

    /// <summary>Reports every reveal block written wrongly, at the line of its opening fence.</summary>
    public static void Check(MarkdownDocument document, Func<MarkdownObject, SourceLocation> at, DiagnosticBag diagnostics)
    {
        foreach (var block in document.Descendants<CustomContainer>())
        {
            var fence = new string(':', block.OpeningFencedCharCount);
            var kind = block.Info ?? "";
            if (!s_known.Contains(kind, StringComparer.Ordinal))
            {
                diagnostics.Report(LoadingDiagnostics.UnknownBlock, at(block), kind.Length == 0
                    ? $"A '{fence}' line that opens no block: nothing is open here for it to close. Remove it, or name a block: '::: details Summary', ':::: tabs'."
                    : $"Unknown block '{DiagnosticText.Quote(kind)}'.{Suggest.DidYouMean(kind, s_known)} Known blocks: details, tabs (holding '::: tab' blocks).");
                continue;
            }

            if (kind is Details or Tab && string.IsNullOrWhiteSpace(block.Arguments))
            {
                diagnostics.Report(LoadingDiagnostics.BlockWithoutTitle, at(block), kind == Details
                    ? $"'{fence} details' needs a summary, the words a learner opens it by: e.g. '{fence} details Show the model answer'."
                    : $"'{fence} tab' needs a title, the words on the tab: e.g. '{fence} tab Before'.");
            }

            if (kind == Tab && !IsTab(block))
            {
                diagnostics.Report(LoadingDiagnostics.MisplacedTab, at(block),
                    $"'{fence} tab' belongs directly inside ':::: tabs'. Put the tabs between ':::: tabs' and '::::': the fence around them needs more colons than theirs.");
            }

            if (kind == Tabs)
            {
                CheckTabs(block, at, diagnostics);
            }

            if (block.ClosingFencedCharCount == 0)
            {
                diagnostics.Report(LoadingDiagnostics.BlockNotClosed, at(block),
                    $"'{fence} {kind}' is never closed. End it with a line of '{fence}'; a block inside another needs fewer colons than the one around it (':::: tabs' around '::: tab').");
            }
        }
    }

    private static void CheckTabs(CustomContainer tabs, Func<MarkdownObject, SourceLocation> at, DiagnosticBag diagnostics)
    {
        var count = 0;
        foreach (var child in tabs)
        {
            if (child is CustomContainer { Info: Tab })
            {
                count++;
            }
            else if (child is not CustomContainer other || other.Info is Details or Tabs)
            {
                diagnostics.Report(LoadingDiagnostics.MisplacedTab, at(child),
                    "Only '::: tab Title' blocks may sit directly inside ':::: tabs'. Move this into one of its tabs, or after the closing '::::'.");
            }
        }

        if (count < 2)
        {
            diagnostics.Report(LoadingDiagnostics.TooFewTabs, at(tabs),
                $"These tabs hold {count} '::: tab' block{(count == 1 ? "" : "s")}; tabs need at least 2. For one piece of optional content use '::: details Summary'.");
        }
    }
}
