using System.ComponentModel;
using ScormBuilder.Rendering;
using ScormBuilder.Rendering.Models;

namespace ScormBuilder.Kinds.Shared.Transcripts;

[Template("transcript")]
[Description("A session's transcript, included by the session partial with `{{ with transcript }}{{ include \"transcript\" }}{{ end }}`.")]
internal sealed record TranscriptValues : TemplateValues
{
    [Description("The transcript's id, which the session's video names in `aria-describedby`.")]
    public required string Id { get; init; }

    [Description("The transcript's title.")]
    public required string Title { get; init; }

    [Description("The transcript's Markdown as HTML, its headings one level below the session's.")]
    public required RawHtml Body { get; init; }
}
