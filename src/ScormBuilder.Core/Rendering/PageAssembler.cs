using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ScormBuilder.Diagnostics;
using ScormBuilder.Rendering.Markdown;

namespace ScormBuilder.Rendering;

/// <summary>
/// Builds the page as nodes. The layout's text holds only the templates' markup (every value escaped, every body
/// and block a placeholder), so it is parsed as the page; then each placeholder gets its fragment, parsed where it
/// sits: an author's body is held to the allowlist (<see cref="AuthorBodyCheck"/>), a block's markup to the
/// templates' rules. No fragment can close, reopen or swallow anything outside its place, and every element that
/// is not the templates' own (known by identity) is checked to sit inside a body.
/// </summary>
internal sealed class PageAssembler(CourseMarkdown markdown, AuthorBodyCheck bodies, IReadOnlyDictionary<string, SourceLocation> partLocations, SourceLocation templateLocation)
{
    private readonly HashSet<IElement> _templates = [];
    private readonly HashSet<IElement> _bodies = [];
    private readonly HtmlParser _parser = new(new HtmlParserOptions { IsKeepingSourceReferences = true });
    private bool[] _inserted = [];

    public IDocument Assemble(string layoutHtml, DiagnosticBag diagnostics)
    {
        var document = HtmlChecker.Parse(layoutHtml);
        _inserted = new bool[markdown.Fragments.Count];
        AddTemplateMarkup(document.DocumentElement, diagnostics);
        CheckEveryElementIsPlaced(document, diagnostics);
        return document;
    }

    private void AddTemplateMarkup(IElement root, DiagnosticBag diagnostics)
    {
        var placeholders = new List<IElement>();
        foreach (var element in root.DescendantsAndSelf<IElement>())
        {
            _templates.Add(element);
            PageAllowlist.CheckTemplateElement(element, LocationOf(element), diagnostics);
            if (IndexOf(element) is not null)
            {
                placeholders.Add(element);
            }
        }

        foreach (var placeholder in placeholders)
        {
            Insert(placeholder, diagnostics);
        }
    }

    private void Insert(IElement placeholder, DiagnosticBag diagnostics)
    {
        var index = IndexOf(placeholder)!.Value;
        placeholder.RemoveAttribute(CourseMarkdown.FragmentAttribute);
        if (_inserted[index])
        {
            return;
        }

        _inserted[index] = true;
        var fragment = markdown.Fragments[index];
        var html = fragment.IsAuthors ? $"{fragment.Html}<!--{bodies.EndMark}-->" : fragment.Html;
        var nodes = _parser.ParseFragment(html, placeholder).ToArray();
        // Taken from the end: AngleSharp finds a child by scanning its list, so taking each from the front is quadratic.
        for (var i = nodes.Length - 1; i >= 0; i--)
        {
            nodes[i].Parent?.RemoveChild(nodes[i]);
        }

        foreach (var node in nodes)
        {
            placeholder.AppendChild(node);
        }

        if (!fragment.IsAuthors)
        {
            _templates.Add(placeholder);
            foreach (var element in placeholder.Children.ToArray())
            {
                AddTemplateMarkup(element, diagnostics);
            }

            return;
        }

        _bodies.Add(placeholder);
        placeholder.SetAttribute(CourseMarkdown.SourceAttribute, fragment.Source!.DisplayPath);
        placeholder.SetAttribute(CourseMarkdown.FirstLineAttribute, fragment.Source.FirstLine.ToString(CultureInfo.InvariantCulture));
        foreach (var block in bodies.Check(placeholder, fragment, diagnostics))
        {
            Insert(block, diagnostics);
        }
    }

    // Only the build knows the prefix, so no author can write a placeholder of their own.
    private int? IndexOf(IElement element) =>
        element.GetAttribute(CourseMarkdown.FragmentAttribute) is { } key &&
        key.StartsWith(markdown.MarkPrefix + ":", StringComparison.Ordinal) &&
        int.TryParse(key.AsSpan(markdown.MarkPrefix.Length + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index) &&
        index < markdown.Fragments.Count
            ? index
            : null;

    private void CheckEveryElementIsPlaced(IDocument document, DiagnosticBag diagnostics)
    {
        foreach (var element in document.All.Where(e => !_templates.Contains(e)))
        {
            var owner = element.ParentElement;
            while (owner is not null && !_templates.Contains(owner))
            {
                owner = owner.ParentElement;
            }

            if (owner is null || !_bodies.Contains(owner))
            {
                diagnostics.Report(RenderingDiagnostics.ForbiddenHtml, bodies.Located.GetValueOrDefault(element, LocationOf(element)),
                    $"<{element.LocalName}> ended up outside the body it was written in. Close every tag you open in raw HTML.");
            }
        }
    }

    private SourceLocation LocationOf(IElement element)
    {
        var part = element.Closest("section.sb-part")?.Id;
        return part is not null && partLocations.TryGetValue(part, out var location) ? location : templateLocation;
    }
}
