namespace ScormBuilder.Releases;

/// <summary>What a learner sees in one package: its course, and each part's blocks in page order.</summary>
/// <param name="CourseId">The course's id, which a release keeps.</param>
/// <param name="Version">The course's version, as the package states it.</param>
/// <param name="Title">The course's title.</param>
/// <param name="Parts">The parts in course order.</param>
public sealed record PackageContent(string CourseId, string Version, string Title, IReadOnlyList<PartContent> Parts);

/// <summary>One part as the learner sees it.</summary>
/// <param name="Id">The part's id (tracked: learners' progress refers to it).</param>
/// <param name="Kind">page, session, quiz, scenario, …</param>
/// <param name="Title">Its heading.</param>
/// <param name="Required">Whether it counts toward completion.</param>
/// <param name="Blocks">Its learner-visible blocks in page order.</param>
public sealed record PartContent(string Id, string Kind, string Title, bool Required, IReadOnlyList<ContentBlock> Blocks);

/// <summary>One learner-visible block.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Id">The id learners' progress refers to (question, check, node, prompt); empty for text.</param>
/// <param name="Text">What the learner reads, whitespace collapsed: for a question its stem, options and feedback.</param>
/// <param name="Key">What decides the learner's result: a question's key, a node's choices and ending; null for text.</param>
/// <param name="Options">The option ids a question offers (saved answers keep only these); empty otherwise.</param>
public sealed record ContentBlock(BlockKind Kind, string Id, string Text, string? Key, string Options = "")
{
    /// <summary>What learners read first, to name the block in a report: a question's stem, a node's first paragraph.</summary>
    public string Summary { get; init; } = Text;

    /// <summary>The key as learners would read it: each option's id with its text where the page shows one.</summary>
    public string? KeyShown { get; init; } = Key;
}

/// <summary>The kinds of learner-visible block a release can change.</summary>
public enum BlockKind
{
    /// <summary>A whole part.</summary>
    Part,

    /// <summary>A paragraph, list item, heading, table cell or similar text.</summary>
    Text,

    /// <summary>A quiz question.</summary>
    Question,

    /// <summary>A knowledge check inside a part's text.</summary>
    Check,

    /// <summary>A scenario's node: its text, consequences, choices and ending.</summary>
    ScenarioNode,

    /// <summary>A reflection prompt.</summary>
    Prompt,
}
