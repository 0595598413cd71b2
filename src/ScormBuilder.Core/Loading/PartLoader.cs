using ScormBuilder.Diagnostics;
using ScormBuilder.Model;

namespace ScormBuilder.Loading;

/// <summary>Loads the parts course.yaml lists, choosing each one's kind by where its file lives.</summary>
internal sealed class PartLoader(CourseFolder folder, DiagnosticBag diagnostics)
{
    private static readonly string[] s_partFolders = ["pages", "sessions", "case-studies"];

    private readonly HashSet<string> _transcriptsUsed = new(StringComparer.Ordinal);
    private readonly MarkdownReader _markdown = new(folder, diagnostics);

    public IReadOnlyList<Part> LoadAll(IReadOnlyList<YamlNode> entries)
    {
        var parts = new List<Part>();
        var listed = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (entry is not YamlScalar { IsNull: false } scalar)
            {
                diagnostics.Error(DiagnosticCodes.WrongValueType, entry.Location,
                    $"Each entry in 'parts' must be a file path such as 'sessions/01-intro.md', not {entry.Describe()}.");
                continue;
            }

            var path = folder.Resolve(CourseLoader.CourseFileName, scalar.Value, scalar.Location, diagnostics);
            if (path is null)
            {
                continue;
            }

            if (!listed.TryAdd(path, scalar.Location))
            {
                diagnostics.Error(DiagnosticCodes.PartListedTwice, scalar.Location,
                    $"'{path}' is already listed at line {listed[path].Line}. List each part once.");
                continue;
            }

            if (Load(path, scalar.Location) is { } part)
            {
                parts.Add(part);
            }
        }

        ReportUnlistedFiles(listed.Keys);
        return parts;
    }

    private Part? Load(string path, SourceLocation listedAt)
    {
        var kind = KindOf(path);
        if (kind is null)
        {
            diagnostics.Error(DiagnosticCodes.UnknownPartKind, listedAt,
                $"'{path}' is not a kind of part the course knows. Parts are pages/*.md, sessions/*.md, case-studies/*.md, reflection.md, quiz.yaml and cpd-record.md.");
            return null;
        }

        if (!folder.Exists(path))
        {
            diagnostics.Error(DiagnosticCodes.FileNotFound, listedAt,
                $"'{path}' is listed in 'parts' but does not exist. Create it, or fix the path.");
            return null;
        }

        var text = SourceText.Read(folder, path, diagnostics);
        if (text is null)
        {
            return null;
        }

        var displayPath = folder.DisplayPath(path);
        if (kind == "quiz")
        {
            return new QuizLoader(displayPath, diagnostics).Load(text, path);
        }

        var document = FrontMatter.Split(text, displayPath, diagnostics);
        if (document is null)
        {
            return null;
        }

        Part? part = kind switch
        {
            "pages" => LoadPage(path, document),
            "sessions" => LoadSession(path, document),
            "case-studies" => LoadCaseStudy(path, document),
            "cpd-record" => new CpdRecordLoader(_markdown, diagnostics).Load(path, document),
            _ => LoadReflection(path, document),
        };
        document.Fields.ReportUnknownKeys();
        return part;
    }

    private static string? KindOf(string path)
    {
        if (path is "quiz.yaml" or "reflection.md" or "cpd-record.md")
        {
            return Path.GetFileNameWithoutExtension(path);
        }

        var slash = path.IndexOf('/');
        return slash > 0 && path.EndsWith(".md", StringComparison.Ordinal) &&
               s_partFolders.Contains(path[..slash]) && path.IndexOf('/', slash + 1) < 0
            ? path[..slash]
            : null;
    }

    private Page? LoadPage(string path, FrontMatter document)
    {
        var (id, title, required) = ReadCommon(document.Fields);
        return id is null || title is null ? null : new Page(id, title, required, path, document.Fields.LocationOf("id"), Body(path, id, document));
    }

    private Session? LoadSession(string path, FrontMatter document)
    {
        var fields = document.Fields;
        var (id, title, required) = ReadCommon(fields);
        var summary = fields.String("summary", required: true);
        var duration = fields.Int("duration_minutes", 1, 600);
        var outcomes = fields.StringList("outcomes").Select(o => new Reference(o.Value, o.Location)).ToList();
        var video = ReadVideo(path, fields);
        var transcript = ReadTranscript(path, fields);
        return id is null || title is null || summary is null
            ? null
            : new Session(id, title, required, path, fields.LocationOf("id"), summary, duration, outcomes, video, transcript, Body(path, id, document));
    }

    private CaseStudy? LoadCaseStudy(string path, FrontMatter document)
    {
        var fields = document.Fields;
        var (id, title, required) = ReadCommon(fields);
        var summary = fields.String("summary");
        var credit = fields.String("credit");
        return id is null || title is null
            ? null
            : new CaseStudy(id, title, required, path, fields.LocationOf("id"), summary, credit, Body(path, id, document));
    }

    private Reflection? LoadReflection(string path, FrontMatter document)
    {
        var fields = document.Fields;
        var (id, title, required) = ReadCommon(fields);
        var prompts = new List<ReflectionPrompt>();
        foreach (var node in fields.List("prompts", required: true))
        {
            var prompt = YamlObject.From(node, fields.Location, "a prompt ('id:' and 'text:')", diagnostics);
            if (prompt is null)
            {
                continue;
            }

            var promptId = Ids.Read(prompt);
            var text = prompt.String("text", required: true);
            var hint = prompt.String("hint");
            var maxLength = prompt.Int("max_length", 20, 2000) ?? ReflectionDefaults.MaxLength;
            prompt.ReportUnknownKeys();
            if (promptId is not null && text is not null)
            {
                prompts.Add(new ReflectionPrompt(promptId, text, hint, maxLength, prompt.LocationOf("id")));
            }
        }

        var actions = fields.Int("actions", 0, 5) ?? 0;
        var actionMaxLength = fields.Int("action_max_length", 20, 500) ?? ReflectionDefaults.ActionMaxLength;
        return id is null || title is null
            ? null
            : new Reflection(id, title, required, path, fields.LocationOf("id"), prompts, actions, actionMaxLength, Body(path, id, document));
    }

    private MarkdownSource Body(string path, string id, FrontMatter document) =>
        _markdown.Read(path, id, document.Body, document.BodyFirstLine);

    private static (string? Id, string? Title, bool Required) ReadCommon(YamlObject fields) =>
        (Ids.Read(fields), fields.String("title", required: true), fields.Bool("required") ?? true);

    private Video? ReadVideo(string path, YamlObject fields)
    {
        var video = fields.Object("video", "the video ('file:' and 'captions:')");
        if (video is null)
        {
            return null;
        }

        var file = ResolveMedia(path, video, "file", required: true);
        var captions = ResolveMedia(path, video, "captions", required: false);
        video.ReportUnknownKeys();
        return file is null ? null : new Video(file, captions, video.LocationOf("file"));
    }

    private string? ResolveMedia(string path, YamlObject fields, string key, bool required)
    {
        var reference = fields.String(key, required);
        return reference is null ? null : folder.Resolve(path, reference, fields.LocationOf(key), diagnostics);
    }

    private Transcript? ReadTranscript(string sessionPath, YamlObject fields)
    {
        var reference = fields.String("transcript");
        if (reference is null)
        {
            return null;
        }

        var location = fields.LocationOf("transcript");
        var path = folder.Resolve(sessionPath, reference, location, diagnostics);
        if (path is null)
        {
            return null;
        }

        if (!path.StartsWith("transcripts/", StringComparison.Ordinal) || !path.EndsWith(".md", StringComparison.Ordinal))
        {
            diagnostics.Error(DiagnosticCodes.UnknownPartKind, location,
                $"'{reference}' is not a transcript. Transcripts are Markdown files in transcripts/.");
            return null;
        }

        if (!folder.Exists(path))
        {
            diagnostics.Error(DiagnosticCodes.FileNotFound, location, $"Transcript '{path}' does not exist. Create it, or fix the path.");
            return null;
        }

        _transcriptsUsed.Add(path);
        var text = SourceText.Read(folder, path, diagnostics);
        var document = text is null ? null : FrontMatter.Split(text, folder.DisplayPath(path), diagnostics);
        if (document is null)
        {
            return null;
        }

        var id = Ids.Read(document.Fields);
        var title = document.Fields.String("title", required: true);
        document.Fields.ReportUnknownKeys();
        return id is null || title is null ? null : new Transcript(id, title, path, document.Fields.LocationOf("id"), Body(path, id, document));
    }

    private void ReportUnlistedFiles(IEnumerable<string> listed)
    {
        var known = new HashSet<string>(listed, StringComparer.Ordinal);
        known.UnionWith(_transcriptsUsed);
        foreach (var sub in s_partFolders.Append("transcripts"))
        {
            var directory = folder.AbsolutePath(sub);
            if (!Directory.Exists(directory))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(directory, "*.md").Order(StringComparer.Ordinal))
            {
                var relative = $"{sub}/{Path.GetFileName(file)}";
                if (!known.Contains(relative))
                {
                    diagnostics.Warning(DiagnosticCodes.UnlistedSourceFile, new SourceLocation(folder.DisplayPath(relative)),
                        sub == "transcripts"
                            ? "No session names this transcript, so learners never see it. Add 'transcript:' to a session, or delete the file."
                            : "This file is not listed in course.yaml 'parts', so learners never see it. Add it there, or delete it.");
                }
            }
        }
    }
}

/// <summary>Defaults that keep a reflection's saved answers within SCORM 1.2's 4096-character budget.</summary>
public static class ReflectionDefaults
{
    public const int MaxLength = 300;
    public const int ActionMaxLength = 120;
}
