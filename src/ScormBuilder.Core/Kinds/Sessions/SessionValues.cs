using System.ComponentModel;
using ScormBuilder.Kinds.Shared.Transcripts;
using ScormBuilder.Rendering;
using ScormBuilder.Rendering.Models;

namespace ScormBuilder.Kinds.Sessions;

[Template("session")]
[Description("A session: a summary, an optional video and transcript, and its text.")]
internal sealed record SessionValues : TemplateValues
{
    [Description("The part's id.")]
    public required string Id { get; init; }

    [Description("The part's title.")]
    public required string Title { get; init; }

    [Description("The session's number among the sessions, from 1.")]
    public required int Number { get; init; }

    [Description("The session's summary.")]
    public required string Summary { get; init; }

    [Description("About how many minutes it takes; `null` when not given.")]
    public required int? Duration { get; init; }

    [Description("The course's language, for the captions' `srclang`.")]
    public required string Language { get; init; }

    [Description("The session's Markdown as HTML.")]
    public required RawHtml Body { get; init; }

    [Description("The video, or `null` when the session has none.")]
    public required VideoValues? Video { get; init; }

    [Description("The transcript, or `null` when the session has none.")]
    public required TranscriptValues? Transcript { get; init; }
}

internal sealed record VideoValues : TemplateValues
{
    [Description("The video file's path in the package.")]
    public required string Src { get; init; }

    [Description("The captions file's path in the package.")]
    public required string? Captions { get; init; }
}
