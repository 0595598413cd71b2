using ScormBuilder.Diagnostics;
using ScormBuilder.Model;

namespace ScormBuilder.Validation;

/// <summary>
/// What one item of a saved-state section refers to, with the bounds its fields need: an id, an index (an action's
/// number), how many options can be ticked, the longest free text, the longest id an item refers to (a scenario's
/// node ids) and, for a list of distinct ids the table bounds by the course (a scenario's endings, a quiz's drawn
/// questions), the longest that list can be, joined by '.'.
/// </summary>
internal sealed record SavedStateItem(string Id, int Index = 0, int Options = 0, int TextMax = 0, int RefMax = 0, int RefsLength = 0);

/// <summary>
/// The items of the sections whose items are one kind of thing ('question', 'prompt', …) in a course, what those
/// sections are called in diagnostics, and where an author would act to make them smaller.
/// </summary>
internal sealed record SavedStateItems(IReadOnlyList<SavedStateItem> Items, string Label, SourceLocation Owner, string Advice);

/// <summary>
/// What a kind of part adds to the learner's saved state: the items of the sections it owns, named by the
/// <c>each</c> of templates/runtime/saved-state.json or of its <see cref="OwnSections"/>. The format itself (fields, delimiters, bounds) is in that file.
/// </summary>
internal interface ISavedStateContributor
{
    /// <summary>The items when this contributor owns sections of <paramref name="each"/>; otherwise null.</summary>
    SavedStateItems? ItemsOf(string each, Course course);

    /// <summary>
    /// The sections of a kind that saved-state.json does not describe, as its runtime module declares them in
    /// <c>sb.kinds[kind].saved.sections</c>: written after the format's, their items also come from <see cref="ItemsOf"/>.
    /// </summary>
    IReadOnlyList<SavedStateSection> OwnSections => [];
}
