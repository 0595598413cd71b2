using ScormBuilder.Diagnostics;
using ScormBuilder.Loading;
using ScormBuilder.Rendering;
using ScormBuilder.Rendering.Markdown;
using ScormBuilder.Sources;

namespace ScormBuilder.Kinds.Shared.Transcripts;

/// <summary>
/// Reads and renders a transcript (transcripts/*.md): not a part of its own but embedded in the session that names
/// it, through the <c>transcript</c> partial.
/// </summary>
internal static class TranscriptReader
{
    public const string Folder = "transcripts";

    /// <summary>Loads the transcript a session's front matter names under 'transcript:'.</summary>
    public static Transcript? Read(string sessionPath, YamlObject fields, LoadContext context)
    {
        var reference = fields.String("transcript");
        if (reference is null)
        {
            return null;
        }

        var location = fields.LocationOf("transcript");
        var path = context.Folder.Resolve(sessionPath, reference, location, context.Diagnostics);
        if (path is null)
        {
            return null;
        }

        if (!path.StartsWith(Folder + "/", StringComparison.Ordinal) || !path.EndsWith(".md", StringComparison.Ordinal))
        {
            context.Diagnostics.Report(LoadingDiagnostics.UnknownPartKind, location,
                $"'{DiagnosticText.Quote(reference)}' is not a transcript. Transcripts are Markdown files in transcripts/.");
            return null;
        }

        if (!context.Folder.Exists(path))
        {
            context.Diagnostics.Report(LoadingDiagnostics.FileNotFound, location, $"Transcript '{path}' does not exist. Create it, or fix the path.");
            return null;
        }

        context.MarkUsed(path);
        var text = SourceText.Read(context.Folder, path, context.Diagnostics);
        var document = text is null ? null : FrontMatter.Split(text, context.Folder.DisplayPath(path), context.Diagnostics);
        if (document is null)
        {
            return null;
        }

        var id = Ids.Read(document.Fields);
        var title = document.Fields.String("title", required: true);
        document.Fields.ReportUnknownKeys();
        return id is null || title is null ? null : new Transcript(id, title, path, document.Fields.LocationOf("id"), context.Body(path, id, document));
    }

    /// <summary>The model of the <c>transcript</c> partial, nested one heading level into its session.</summary>
    public static TranscriptValues Model(Transcript transcript, CourseMarkdown markdown) => new()
    {
        Id = transcript.Id, Title = transcript.Title, Body = new RawHtml(markdown.RenderNested(transcript.Body)),
    };
}
