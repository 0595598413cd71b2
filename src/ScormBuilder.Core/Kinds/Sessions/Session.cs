using ScormBuilder.Diagnostics;
using ScormBuilder.Kinds.Shared.Teaching;
using ScormBuilder.Kinds.Shared.Transcripts;
using ScormBuilder.Model;

namespace ScormBuilder.Kinds.Sessions;

/// <summary>A learning session: what it teaches, an optional video with captions and transcript, and its text.</summary>
public sealed record Session(
    string Id,
    string Title,
    bool Required,
    string SourcePath,
    SourceLocation IdLocation,
    string Summary,
    int? DurationMinutes,
    IReadOnlyList<Reference> Outcomes,
    Video? Video,
    Transcript? Transcript,
    MarkdownSource Body)
    : Part(Id, Title, Required, SourcePath, IdLocation), ITeachingPart
{
    public override string Kind => SessionKind.Name;

    public override IEnumerable<MarkdownSource> Bodies => Transcript is null ? [Body] : [Body, Transcript.Body];

    public override IEnumerable<MediaReference> Media
    {
        get
        {
            if (Video is null)
            {
                return [];
            }

            return Video.Captions is null
                ? [new MediaReference(Video.File, Video.Location)]
                : [new MediaReference(Video.File, Video.Location), new MediaReference(Video.Captions, Video.Location)];
        }
    }

    public override IEnumerable<(string Id, SourceLocation Location)> Ids =>
        Transcript is null ? base.Ids : [.. base.Ids, (Transcript.Id, Transcript.IdLocation)];

    public override IEnumerable<Reference> Teaches => Outcomes;
}

/// <summary>A video on a session page. Paths are relative to the course folder.</summary>
public sealed record Video(string File, string? Captions, SourceLocation Location);

/// <summary>The sessions of a course, in course order.</summary>
public static class CourseSessions
{
    extension(Course course)
    {
        public IEnumerable<Session> Sessions => course.Parts.OfType<Session>();
    }
}
