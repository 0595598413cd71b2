using ScormBuilder.Model;

namespace ScormBuilder.Rendering;

/// <summary>
/// Markup that does not belong in a template's text: an author's rendered body (<see cref="Source"/> set), or the
/// templates' markup for a block inside a body. The templates get a placeholder; the page puts the fragment's
/// nodes in its place by identity, so no fragment can close, reopen or swallow what surrounds it.
/// </summary>
internal sealed record PageFragment(string Html, MarkdownSource? Source)
{
    public bool IsAuthors => Source is not null;
}
