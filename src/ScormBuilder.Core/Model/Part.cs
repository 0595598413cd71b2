using ScormBuilder.Diagnostics;

namespace ScormBuilder.Model;

/// <summary>
/// One stop in the course's order: a page, session, case study, reflection, quiz or any other kind. Its
/// <see cref="Id"/> is what learners' saved progress refers to, so it must stay stable across rebuilds. What the
/// stages need to know about every part, whatever its kind, is declared here; the rest lives in the kind's folder.
/// </summary>
public abstract record Part(string Id, string Title, bool Required, string SourcePath, SourceLocation IdLocation)
{
    /// <summary>The kind's name in templates, CSS classes and the runtime's data.</summary>
    public abstract string Kind { get; }

    /// <summary>The Markdown this part shows: its own body and any it embeds (a session's transcript).</summary>
    public virtual IEnumerable<MarkdownSource> Bodies => [];

    /// <summary>Files the part names outside its Markdown (a session's video and captions).</summary>
    public virtual IEnumerable<MediaReference> Media => [];

    /// <summary>
    /// Every id this part adds to the course's one namespace: they become HTML ids on one page and keys in saved
    /// progress, so they must be unique across the course.
    /// </summary>
    public virtual IEnumerable<(string Id, SourceLocation Location)> Ids =>
        [(Id, IdLocation), .. Bodies.SelectMany(b => b.Blocks).Select(b => (b.Id, b.Location))];

    /// <summary>Ids inside the part that learners' saved progress refers to (questions, options, prompts).</summary>
    public virtual IEnumerable<TrackedId> TrackedIds => [];

    /// <summary>The learning outcomes this part says it teaches.</summary>
    public virtual IEnumerable<Reference> Teaches => [];

    /// <summary>The learning outcomes this part says it assesses.</summary>
    public virtual IEnumerable<Reference> Assesses => [];

    /// <summary>True for a part that assesses: a course with one must assess every outcome.</summary>
    public virtual bool IsAssessment => false;
}

/// <summary>
/// A Markdown body as written: its text, where it starts in its file, and every link in it, resolved to a
/// course-relative path ('case-studies/kathy.md', 'media/x.png') for the cross-file checks.
/// </summary>
/// <param name="Path">The file, relative to the course folder.</param>
/// <param name="DisplayPath">The file as diagnostics print it.</param>
/// <param name="OwnerId">The id of the part (or transcript) whose body this is; its headings' ids start with it.</param>
/// <param name="Text">The body's Markdown.</param>
/// <param name="FirstLine">The file line the body starts on.</param>
/// <param name="Links">Every link and image in it, resolved.</param>
public sealed record MarkdownSource(string Path, string DisplayPath, string OwnerId, string Text, int FirstLine, IReadOnlyList<MarkdownLink> Links)
{
    /// <summary>The interactive blocks written in it (knowledge checks), in the order they appear.</summary>
    public IReadOnlyList<BodyBlock> Blocks { get; init; } = [];
}

/// <summary>
/// A link or image in Markdown: <see cref="Url"/> as written, <see cref="Target"/> the course-relative path it
/// resolves to, or the external URL.
/// </summary>
public sealed record MarkdownLink(string Url, string Target, string? Anchor, bool IsImage, bool IsExternal, SourceLocation Location);

/// <summary>A file the course refers to that goes into the package as it is (an image, a video, captions).</summary>
public sealed record MediaReference(string Path, SourceLocation Location);

/// <summary>An id that learners' saved progress refers to, as tracking.lock records it: 'question q-dates'.</summary>
public sealed record TrackedId(string Kind, string Id)
{
    public override string ToString() => $"{Kind} {Id}";
}

/// <summary>An id written in one file that must name something defined in another.</summary>
public sealed record Reference(string Id, SourceLocation Location);
