using System.Globalization;
using AngleSharp.Dom;
using ScormBuilder.Diagnostics;
using ScormBuilder.Rendering.Markdown;

namespace ScormBuilder.Rendering;

/// <summary>
/// Holds each author's body, parsed as a fragment where the page puts it, to the <see cref="PageAllowlist"/>: every
/// element at the author's line (found through the marks <see cref="SourceLinesExtension"/> left), every comment
/// removed, refused elements taken out, links that leave the course opened beside it. A body whose last mark is
/// missing had something left open (a comment, a tag, a quote) that swallowed the rest of it.
/// </summary>
internal sealed class AuthorBodyCheck(string markPrefix, IReadOnlyDictionary<string, SourceLocation> partLocations, SourceLocation templateLocation)
{
    private readonly Dictionary<IElement, SourceLocation> _located = [];
    private readonly HashSet<IElement> _refused = [];

    /// <summary>The comment the build writes at the end of each body's HTML.</summary>
    public string EndMark => markPrefix + ":end";

    /// <summary>Where each element of the authors' bodies was written, for the page's other checks.</summary>
    public IReadOnlyDictionary<IElement, SourceLocation> Located => _located;

    /// <summary>The elements already reported here, which the other checks leave alone.</summary>
    public IReadOnlySet<IElement> Refused => _refused;

    /// <summary>Checks the nodes of <paramref name="fragment"/> now inside <paramref name="wrapper"/>.</summary>
    /// <param name="wrapper">The body's place on the page, holding the fragment's nodes.</param>
    /// <param name="fragment">The body, whose HTML the nodes' source positions point into.</param>
    /// <param name="diagnostics">Where violations go.</param>
    /// <returns>The placeholders of the blocks inside the body, for their markup to be put in.</returns>
    public List<IElement> Check(IElement wrapper, PageFragment fragment, DiagnosticBag diagnostics)
    {
        var source = fragment.Source!;
        var part = wrapper.Closest("section.sb-part")?.Id;
        var at = part is not null && partLocations.TryGetValue(part, out var location) ? location : templateLocation;
        var lines = new FragmentLines(fragment.Html);
        var mark = (Fragment: (Line: 0, Column: 0), Source: at);
        var searchFrom = 0;
        var ended = wrapper.Descendants<IComment>().Any(c => c.Data == EndMark);
        var blocks = new List<IElement>();
        var removed = new List<INode>();
        // A walk in document order: the latest mark seen is the author's line for what follows it.
        var pending = new Stack<INode>(wrapper.ChildNodes.Reverse());
        while (pending.TryPop(out var node))
        {
            if (node is IComment comment)
            {
                if (comment.Data == EndMark)
                {
                    continue;
                }

                if (ParseMark(comment.Data) is var (line, column, reserved))
                {
                    at = new SourceLocation(source.DisplayPath, source.FirstLine + line, column);
                    if (reserved)
                    {
                        diagnostics.Report(RenderingDiagnostics.ForbiddenHtml, at,
                            "Raw HTML may not use 'data-sb-': the build uses those names for its own marks. Rename or remove the attribute.");
                    }

                    var text = $"<!--{comment.Data}-->";
                    var index = fragment.Html.IndexOf(text, searchFrom, StringComparison.Ordinal);
                    searchFrom = index < 0 ? searchFrom : index + text.Length;
                    mark = (index < 0 ? (0, 0) : lines.At(index + text.Length), at);
                }
                else
                {
                    diagnostics.Report(RenderingDiagnostics.ForbiddenHtml, at,
                        "This HTML comment is not closed, or is written in a way browsers read differently from the build ('--' inside it, '--!>' or '<!-->'). Write comments as <!-- text --> with no '--' inside.");
                }

                continue;
            }

            if (node is not IElement element)
            {
                continue;
            }

            if (element.GetAttribute(SourceLinesExtension.LineAttribute) is { } marked && int.TryParse(marked, NumberStyles.None, CultureInfo.InvariantCulture, out var markedLine))
            {
                at = new SourceLocation(source.DisplayPath, source.FirstLine + markedLine, 1);
                mark = ((0, 0), at);
            }
            else if (mark.Fragment.Line > 0 && element.SourceReference?.Position is { } position && position.Line >= mark.Fragment.Line)
            {
                // Raw HTML is written out line for line, so its lines in the fragment count on from the mark's.
                at = position.Line == mark.Fragment.Line
                    ? mark.Source with { Column = mark.Source.Column + position.Column - mark.Fragment.Column }
                    : mark.Source with { Line = mark.Source.Line + position.Line - mark.Fragment.Line, Column = position.Column };
            }

            if (IsBlockPlaceholder(element))
            {
                blocks.Add(element);
                continue;
            }

            _located[element] = at;
            var errors = diagnostics.Count;
            var inside = PageAllowlist.CheckElement(element, at, diagnostics);
            if (diagnostics.Count > errors)
            {
                _refused.Add(element);
            }
            else
            {
                PageAllowlist.OpenBeside(element);
            }

            if (inside)
            {
                foreach (var child in element.ChildNodes.Reverse())
                {
                    pending.Push(child);
                }
            }
            else
            {
                removed.Add(element);
            }
        }

        if (!ended)
        {
            diagnostics.Report(RenderingDiagnostics.ForbiddenHtml, at,
                "This raw HTML leaves a tag, a quote or a comment open, so it swallows the rest of the body. Close it where it should end.");
        }

        foreach (var node in removed)
        {
            node.Parent?.RemoveChild(node);
        }

        return blocks;
    }

    // Only the build knows the prefix, so a placeholder cannot be forged by an author.
    private bool IsBlockPlaceholder(IElement element) =>
        element.GetAttribute(CourseMarkdown.FragmentAttribute) is { } key && key.StartsWith(markPrefix + ":", StringComparison.Ordinal);

    private (int Line, int Column, bool Reserved)? ParseMark(string data)
    {
        if (!data.StartsWith(markPrefix + ":", StringComparison.Ordinal))
        {
            return null;
        }

        var fields = data[(markPrefix.Length + 1)..].Split(':');
        var reserved = fields[0] == SourceLinesExtension.ReservedMark;
        var numbers = reserved ? fields[1..] : fields;
        return numbers.Length == 2 &&
               int.TryParse(numbers[0], NumberStyles.None, CultureInfo.InvariantCulture, out var line) &&
               int.TryParse(numbers[1], NumberStyles.None, CultureInfo.InvariantCulture, out var column)
            ? (line, column, reserved)
            : null;
    }

    /// <summary>A fragment's text with the start of each line, to turn an index into a line and column (1-based).</summary>
    private sealed class FragmentLines(string text)
    {
        private readonly List<int> _starts = Starts(text);

        public (int Line, int Column) At(int index)
        {
            var line = _starts.BinarySearch(index);
            line = line >= 0 ? line : ~line - 1;
            return (line + 1, index - _starts[line] + 1);
        }

        private static List<int> Starts(string text)
        {
            var starts = new List<int> { 0 };
            for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
            {
                starts.Add(i + 1);
            }

            return starts;
        }
    }
}
