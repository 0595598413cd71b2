using ScormBuilder.Diagnostics;
using ScormBuilder.Model;
using ScormBuilder.Sources;

namespace ScormBuilder.Loading;

/// <summary>Loads one kind of part from its source file. Each kind registers one with the compiler.</summary>
internal interface IPartLoader
{
    /// <summary>Where authors keep this kind, as the "not a kind of part" message lists it: 'sessions/*.md'.</summary>
    string SourcePattern { get; }

    /// <summary>True when a file at this course-relative path is of this kind.</summary>
    bool Claims(string path);

    Part? Load(PartSource source, LoadContext context);
}

/// <summary>A listed part's file: its course-relative path, how diagnostics print it, and its text.</summary>
internal sealed record PartSource(string Path, string DisplayPath, string Text);

/// <summary>
/// A folder that holds source files of one kind: a file in it that nothing uses is reported with
/// <see cref="UnusedMessage"/>, because learners would never see it.
/// </summary>
/// <param name="Name">The folder, relative to the course folder: 'sessions'.</param>
/// <param name="UnusedMessage">What a file in it that nothing uses is told.</param>
/// <param name="FilePattern">Its files' names: '*' and an extension ('*.md'), as <see cref="CourseFolder.FilesIn"/> lists them.</param>
internal sealed record SourceFolder(string Name, string UnusedMessage, string FilePattern = "*.md")
{
    /// <summary>True for a course-relative path to one of its files, directly inside it: 'sessions/01-intro.md'.</summary>
    public bool Holds(string path) =>
        path.StartsWith(Name + "/", StringComparison.Ordinal) && path.EndsWith(FilePattern[1..], StringComparison.Ordinal) &&
        path.IndexOf('/', Name.Length + 1) < 0;
}

/// <summary>What a part loader may use: the sandboxed course folder, the Markdown reader and the diagnostics.</summary>
internal sealed class LoadContext(CourseFolder folder, DiagnosticBag diagnostics, IReadOnlyList<IBodyBlockReader> blockReaders)
{
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    public CourseFolder Folder => folder;

    public DiagnosticBag Diagnostics => diagnostics;

    public MarkdownReader Markdown { get; } = new(folder, diagnostics, blockReaders);

    /// <summary>Source files loaded so far, listed or embedded (a session's transcript).</summary>
    public IReadOnlySet<string> Used => _used;

    /// <summary>Records that a source file is used, so it is not reported as forgotten.</summary>
    public void MarkUsed(string path) => _used.Add(path);

    /// <summary>
    /// A Markdown value in a YAML file (a scenario's node text, a reference's note), read like a part's body with its
    /// links recorded at their lines. A block scalar ('|' or '>') starts on the line after its indicator, so
    /// diagnostics inside it point at the author's line. Null when the key is absent.
    /// </summary>
    public MarkdownSource? MarkdownValue(PartSource source, YamlObject fields, YamlKey key, string ownerId)
    {
        var text = fields.String(key);
        if (text is null)
        {
            return null;
        }

        var at = fields.LocationOf(key);
        var lines = source.Text.Split('\n');
        var line = at.Line > 0 && at.Line <= lines.Length ? lines[at.Line - 1] : "";
        var indicator = at.Column >= 1 && at.Column <= line.Length ? line[at.Column - 1] : ' ';
        var firstLine = indicator is '|' or '>' ? at.Line + 1 : at.Line;
        return Body(source.Path, ownerId, new FrontMatter(fields, text, firstLine));
    }

    /// <summary>
    /// Reads the body of a Markdown file that starts with front matter. Nesting too deep to parse in linear time is
    /// refused first, and any exception the parser throws on author input is reported at the file: bad input is a
    /// diagnostic, never an internal error. A refused body is empty; the build stops after loading anyway.
    /// </summary>
    public MarkdownSource Body(string path, string ownerId, FrontMatter document)
    {
        var displayPath = folder.DisplayPath(path);
        if (!NestingLimit.Check(document.Body, displayPath, document.BodyFirstLine, diagnostics)
            || !CountLimits.CheckLines(document.Body, displayPath, document.BodyFirstLine, diagnostics))
        {
            return new MarkdownSource(path, displayPath, ownerId, "", document.BodyFirstLine, []);
        }

        try
        {
            return Markdown.Read(path, ownerId, document.Body, document.BodyFirstLine);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IndexOutOfRangeException or FormatException or InsufficientExecutionStackException)
        {
            diagnostics.Report(LoadingDiagnostics.UnparsableMarkdown, new SourceLocation(displayPath, document.BodyFirstLine, 1),
                $"The Markdown parser gave up on this file ({e.Message.TrimEnd('.')}). Simplify the structure: fewer nested lists, quotes or tags.");
            return new MarkdownSource(path, displayPath, ownerId, "", document.BodyFirstLine, []);
        }
    }
}

/// <summary>What a source folder's forgotten files are told.</summary>
internal static class SourceFolders
{
    public const string UnlistedPart =
        "This file is not listed in course.yaml 'parts', so learners never see it. Add it there, or delete it.";
}
