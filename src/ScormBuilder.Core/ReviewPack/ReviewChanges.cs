namespace ScormBuilder.ReviewPack;

/// <summary>
/// What changed at a place in the sources since an earlier release, for the pack to mark beside the block's
/// 'file:line', and what was removed, for the pack to list at the end of its part. <see cref="ReleaseChanges"/>
/// implements it from a comparison with a release's package ('--since PACKAGE.zip').
/// </summary>
internal interface IReviewChanges
{
    /// <summary>The release compared with ('A course, version 1.0.0, from course-1.0.0-scorm12.zip'), or null when none is.</summary>
    string? ComparedWith { get; }

    /// <summary>A short mark for the block at <paramref name="line"/> of <paramref name="path"/> ('added since 1.0.0'), or null when it is unchanged.</summary>
    string? MarkAt(string path, int line);

    /// <summary>What learners saw in the part that is gone now, each as 'Removed since 1.0.0: …'.</summary>
    IReadOnlyList<string> RemovedFrom(string partId);

    /// <summary>The parts gone since the release, each as 'Removed since 1.0.0: …'.</summary>
    IReadOnlyList<string> RemovedParts { get; }
}

/// <summary>No earlier release to compare with: nothing is marked.</summary>
internal sealed class NoChanges : IReviewChanges
{
    public static NoChanges Instance { get; } = new();

    public string? ComparedWith => null;

    public string? MarkAt(string path, int line) => null;

    public IReadOnlyList<string> RemovedFrom(string partId) => [];

    public IReadOnlyList<string> RemovedParts => [];
}
