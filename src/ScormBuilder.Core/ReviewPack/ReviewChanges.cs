namespace ScormBuilder.ReviewPack;

/// <summary>
/// What changed at a place in the sources since an earlier release, for the pack to mark beside the block's
/// 'file:line'. The comparison with a release ('--since PACKAGE.zip') implements this; until then nothing is marked.
/// </summary>
internal interface IReviewChanges
{
    /// <summary>A short mark for the block at <paramref name="line"/> of <paramref name="path"/> ('added', 'reworded'), or null when it is unchanged.</summary>
    string? MarkAt(string path, int line);
}

/// <summary>No earlier release to compare with: nothing is marked.</summary>
internal sealed class NoChanges : IReviewChanges
{
    public static NoChanges Instance { get; } = new();

    public string? MarkAt(string path, int line) => null;
}
