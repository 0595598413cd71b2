using ScormBuilder.Diagnostics;

namespace ScormBuilder.Model;

/// <summary>
/// Something interactive an author writes inside a Markdown body as a fenced block (a knowledge check), loaded
/// with its body. Its <see cref="Id"/> is in the course's one namespace and in learners' saved progress.
/// </summary>
/// <param name="Id">The block's id, unique across the course.</param>
/// <param name="Line">The line of its opening fence within its body (0-based, as Markdig counts).</param>
/// <param name="Location">Where its id is written, for diagnostics.</param>
public abstract record BodyBlock(string Id, int Line, SourceLocation Location)
{
    /// <summary>The block's name after the opening fence ('check'), which is also the name of its template partial.</summary>
    public abstract string Kind { get; }

    /// <summary>Ids inside the block that learners' saved progress refers to.</summary>
    public virtual IEnumerable<TrackedId> TrackedIds => [];
}
