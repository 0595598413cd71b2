namespace ScormBuilder.Releases;

/// <summary>One learner-visible change between two releases.</summary>
/// <param name="PartId">The part it is in (in the current release, or the previous one when the part was removed).</param>
/// <param name="PartTitle">That part's title.</param>
/// <param name="Block">What changed: a whole part, text, a question, a check, a scenario node, a prompt.</param>
/// <param name="Change">Added, removed, reworded or its key changed.</param>
/// <param name="Id">The changed block's tracked id; empty for text.</param>
/// <param name="Before">What learners saw before (text, or for a key change the old key); null when added.</param>
/// <param name="After">What learners see now; null when removed.</param>
/// <param name="ForLearners">What the change means for a learner part-way through, from the runtime's rules for a rebuilt course.</param>
public sealed record ContentChange(string PartId, string PartTitle, BlockKind Block, ChangeKind Change, string Id, string? Before, string? After, string ForLearners);

/// <summary>How a block changed.</summary>
public enum ChangeKind
{
    /// <summary>New in this release.</summary>
    Added,

    /// <summary>Gone from this release.</summary>
    Removed,

    /// <summary>Its text changed (for text, most of its words kept).</summary>
    Reworded,

    /// <summary>What counts as right changed: a question's key, a node's choices or ending.</summary>
    KeyChanged,
}
