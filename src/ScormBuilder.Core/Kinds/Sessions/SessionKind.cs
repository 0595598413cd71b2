using Scriban.Runtime;
using ScormBuilder.Kinds.Shared.Transcripts;
using ScormBuilder.Loading;
using ScormBuilder.Model;
using ScormBuilder.Rendering;

namespace ScormBuilder.Kinds.Sessions;

/// <summary>sessions/*.md: a summary, the outcomes it teaches, an optional video and transcript, and its text.</summary>
internal sealed class SessionKind() : FolderKind(Name, "sessions")
{
    public const string Name = "session";

    protected override Part? Load(PartSource source, FrontMatter document, LoadContext context)
    {
        var fields = document.Fields;
        var (id, title, required) = PartFields.ReadCommon(fields);
        var summary = fields.String("summary", required: true);
        var duration = fields.Int("duration_minutes", 1, 600);
        var outcomes = fields.StringList("outcomes").Select(o => new Reference(o.Value, o.Location)).ToList();
        var video = ReadVideo(source.Path, fields, context);
        var transcript = TranscriptReader.Read(source.Path, fields, context);
        return id is null || title is null || summary is null
            ? null
            : new Session(id, title, required, source.Path, fields.LocationOf("id"), summary, duration, outcomes, video, transcript,
                context.Body(source.Path, id, document));
    }

    private static Video? ReadVideo(string path, YamlObject fields, LoadContext context)
    {
        var video = fields.Object("video", "the video ('file:' and 'captions:')");
        if (video is null)
        {
            return null;
        }

        var file = ResolveMedia(path, video, "file", required: true, context);
        var captions = ResolveMedia(path, video, "captions", required: false, context);
        video.ReportUnknownKeys();
        return file is null ? null : new Video(file, captions, video.LocationOf("file"));
    }

    private static string? ResolveMedia(string path, YamlObject fields, string key, bool required, LoadContext context)
    {
        var reference = fields.String(key, required);
        return reference is null ? null : context.Folder.Resolve(path, reference, fields.LocationOf(key), context.Diagnostics);
    }

    public override ScriptObject Model(Part part, RenderContext context)
    {
        var session = (Session)part;
        var markdown = context.Markdown;
        return new SessionValues
        {
            Id = session.Id,
            Title = session.Title,
            Number = context.Course.Sessions.TakeWhile(s => !ReferenceEquals(s, session)).Count() + 1,
            Summary = session.Summary,
            Duration = session.DurationMinutes is > 0 ? session.DurationMinutes : null,
            Language = context.Course.Language,
            Body = new RawHtml(markdown.Render(session.Body)),
            Video = session.Video is { } video ? new VideoValues { Src = video.File, Captions = TemplateValues.Optional(video.Captions) } : null,
            Transcript = session.Transcript is { } transcript ? TranscriptReader.Model(transcript, markdown) : null,
        }.ToScriptObject();
    }
}
