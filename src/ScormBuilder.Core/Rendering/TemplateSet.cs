using Scriban;
using Scriban.Parsing;
using ScormBuilder.Diagnostics;
using ScormBuilder.Model;

namespace ScormBuilder.Rendering;

/// <summary>
/// The templates folder, compiled once: the Scriban layout, a partial per kind of part, and the files copied into
/// every package as they are (CSS, the learner runtime, the SCORM schema files).
/// </summary>
public sealed class TemplateSet
{
    public const string Extension = ".sbn-html";
    public const string LayoutFile = "layout" + Extension;

    // What an organisation's copy of the templates from before Scriban has instead of layout.sbn-html.
    private const string HandlebarsLayoutFile = "layout.hbs";

    private readonly Lazy<(IReadOnlyList<SiteFile> Files, DiagnosticBag Warnings)> _shipped;

    private TemplateSet(string directory, Template layout, IReadOnlyDictionary<string, Template> partials, IReadOnlyList<SiteFile> staticFiles)
    {
        Layout = layout;
        Partials = partials;
        Loader = new PartialLoader(partials);
        StaticFiles = staticFiles;
        _shipped = new(() =>
        {
            var warnings = new DiagnosticBag();
            return (AssetMinifier.Minify(staticFiles, directory, warnings), warnings);
        });
    }

    /// <summary>Where diagnostics point for problems that come from the templates, not the course.</summary>
    public string LayoutPath => PathOf(Layout);

    /// <summary>Files shipped unchanged: everything in assets/ and the *.xsd schema files.</summary>
    public IReadOnlyList<SiteFile> StaticFiles { get; }

    /// <summary>
    /// <see cref="StaticFiles"/> as a package ships them, scripts and styles minified: made on first use, once for
    /// the set (watch mode keeps its set from build to build).
    /// </summary>
    internal (IReadOnlyList<SiteFile> Files, DiagnosticBag Warnings) ShippedFiles => _shipped.Value;

    internal Template Layout { get; }

    internal IReadOnlyDictionary<string, Template> Partials { get; }

    internal PartialLoader Loader { get; }

    public static TemplateSet? Load(string directory, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(directory))
        {
            diagnostics.Report(RenderingDiagnostics.TemplatesFolderMissing, new SourceLocation(directory));
            return null;
        }

        var layoutPath = Path.Combine(directory, LayoutFile);
        var handlebarsLayout = Path.Combine(directory, HandlebarsLayoutFile);
        if (!File.Exists(layoutPath) && File.Exists(handlebarsLayout))
        {
            diagnostics.Report(RenderingDiagnostics.HandlebarsTemplates, new SourceLocation(Slashed(handlebarsLayout)),
                $"These are Handlebars templates, which ScormBuilder no longer reads: its templates are now Scriban ({LayoutFile} and partials/<kind>{Extension}). " +
                "Start from a copy of the templates/ folder that ships with ScormBuilder (beside the tool, or in its repository) and carry your changes over to it.");
            return null;
        }

        var folder = new TemplateFolder(directory);
        var failed = false;
        var partials = new Dictionary<string, Template>(StringComparer.Ordinal);
        // Every partial the folder has, by name: a kind's renderer asks for its own. An organisation's older copy
        // of the templates may lack a partial for a newer kind; that is only an error for a course that has such
        // a part (SiteRenderer says so).
        var partialsDirectory = Path.Combine(directory, "partials");
        IEnumerable<string> paths = Directory.Exists(partialsDirectory) ? Directory.EnumerateFiles(partialsDirectory, "*" + Extension).Order(StringComparer.Ordinal) : [];
        foreach (var path in paths)
        {
            var name = Path.GetFileName(path)[..^Extension.Length];
            if (Compile(folder, path, diagnostics) is { } template)
            {
                partials[name] = template;
            }
            else
            {
                failed = true;
            }
        }

        var layout = Compile(folder, layoutPath, diagnostics);
        var staticFiles = StaticFilesIn(directory, folder, diagnostics);
        return layout is null || failed ? null : new TemplateSet(directory, layout, partials, staticFiles);
    }

    /// <summary>Where a Scriban span points, as a diagnostic location (Scriban counts from 0).</summary>
    internal static SourceLocation LocationOf(SourceSpan span) => new(span.FileName, span.Start.Line + 1, span.Start.Column + 1);

    // Every template is parsed with the path of its file.
    internal static string PathOf(Template template) => template.SourceFilePath!;

    private static Template? Compile(TemplateFolder folder, string path, DiagnosticBag diagnostics)
    {
        var file = Slashed(path);
        if (!File.Exists(path))
        {
            diagnostics.Report(RenderingDiagnostics.TemplateMissing, new SourceLocation(file));
            return null;
        }

        if (folder.ReadText(folder.Relative(path), diagnostics) is not { } text)
        {
            return null;
        }

        var template = Template.Parse(text, file);
        foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error))
        {
            diagnostics.Report(RenderingDiagnostics.TemplateDoesNotCompile, LocationOf(message.Span),
                $"The template does not compile: {message.Message.TrimEnd('.')}. Fix its Scriban syntax.");
        }

        return template.HasErrors ? null : template;
    }

    private static string Slashed(string path) => path.Replace('\\', '/');

    // Read now, through the sandbox, so that what is packed is exactly what was checked.
    private static List<SiteFile> StaticFilesIn(string directory, TemplateFolder folder, DiagnosticBag diagnostics)
    {
        var assets = Path.Combine(directory, "assets");
        var found = Directory.EnumerateFiles(directory, "*.xsd")
            .Concat(Directory.Exists(assets) ? Directory.EnumerateFiles(assets, "*", SearchOption.AllDirectories) : [])
            .Select(folder.Relative)
            .Order(StringComparer.Ordinal);
        var files = new List<SiteFile>();
        var byFoldedPath = new Dictionary<string, string>(PackagePaths.CaseInsensitive);
        foreach (var relative in found)
        {
            if (!PackagePaths.IsClean(relative) || relative.Length > PackagePaths.MaxLength)
            {
                diagnostics.Report(PackagingDiagnostics.InvalidPackagePath, new SourceLocation(folder.DisplayPath(relative)),
                    $"This template file cannot go into the package as it is named: {PackagePaths.Rule}, at most {PackagePaths.MaxLength} characters. Rename it.");
            }
            else if (PackagePaths.ReservedName(relative) is { } reserved)
            {
                diagnostics.Report(PackagingDiagnostics.ReservedFileName, new SourceLocation(folder.DisplayPath(relative)),
                    $"This template file uses '{reserved}', a name Windows reserves for a device: learners on Windows could not unpack it. Rename it.");
            }
            else if (PackagePaths.CaseClash(relative, byFoldedPath) is { } first)
            {
                diagnostics.Report(PackagingDiagnostics.PathCaseCollision, new SourceLocation(folder.DisplayPath(relative)),
                    $"This template file and '{first}' differ only in case, so Windows and macOS would see one. Rename one of them.");
            }
            else if (folder.ReadBytes(relative, diagnostics) is { } bytes)
            {
                files.Add(SiteFile.FromBytes(relative, PackedLineEndings.Pack(relative, bytes)));
            }
        }

        // A templates folder that carries its own assets/runtime.js (an older copy) ships it as it is.
        if (!files.Exists(f => f.PackagePath == RuntimeScript.PackagePath) && RuntimeScript.Join(directory, diagnostics) is { } runtime)
        {
            files.Add(runtime);
        }

        if (!files.Exists(f => f.PackagePath.EndsWith(".xsd", StringComparison.Ordinal)))
        {
            diagnostics.Report(RenderingDiagnostics.SchemaFilesMissing, new SourceLocation(directory));
        }

        return files;
    }
}
