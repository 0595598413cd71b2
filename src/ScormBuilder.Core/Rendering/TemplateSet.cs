using HandlebarsDotNet;
using ScormBuilder.Diagnostics;
using ScormBuilder.Model;

namespace ScormBuilder.Rendering;

/// <summary>
/// The templates folder, compiled once: the layout, a partial per kind of part, and the files copied into
/// every package as they are (CSS, the learner runtime, the SCORM schema files).
/// </summary>
public sealed class TemplateSet
{
    public const string LayoutFile = "layout.hbs";
    public static readonly string[] PartialNames = ["page", "session", "transcript", "case-study", "reflection", "quiz", "cpd-record"];

    private TemplateSet(string layoutPath, HandlebarsTemplate<object, object> layout, IReadOnlyDictionary<string, HandlebarsTemplate<object, object>> partials,
        IReadOnlyList<SiteFile> staticFiles)
    {
        LayoutPath = layoutPath;
        Layout = layout;
        Partials = partials;
        StaticFiles = staticFiles;
    }

    /// <summary>Where diagnostics point for problems that come from the templates, not the course.</summary>
    public string LayoutPath { get; }

    public HandlebarsTemplate<object, object> Layout { get; }

    public IReadOnlyDictionary<string, HandlebarsTemplate<object, object>> Partials { get; }

    /// <summary>Files shipped unchanged: everything in assets/ and the *.xsd schema files.</summary>
    public IReadOnlyList<SiteFile> StaticFiles { get; }

    public static TemplateSet? Load(string directory, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(directory))
        {
            diagnostics.Error(DiagnosticCodes.TemplateError, new SourceLocation(directory),
                "The templates folder does not exist. Pass --templates with a copy of the templates/ folder.");
            return null;
        }

        var failed = false;
        var handlebars = Handlebars.Create(new HandlebarsConfiguration { NoEscape = false });
        var partials = new Dictionary<string, HandlebarsTemplate<object, object>>(StringComparer.Ordinal);
        foreach (var name in PartialNames)
        {
            // An organisation's older copy of the templates may lack a partial for a newer kind of part; that is
            // only an error for a course that has such a part (SiteRenderer says so).
            var path = Path.Combine(directory, "partials", name + ".hbs");
            if (!File.Exists(path))
            {
                continue;
            }

            if (Compile(handlebars, path, diagnostics) is not { } template)
            {
                failed = true;
            }
            else
            {
                partials[name] = ToText(template);
                // Also usable as {{> name}} from other templates (a session page embeds its transcript). Registering
                // the compiled template, not its text, spares compiling every partial twice.
                handlebars.RegisterTemplate(name, template);
            }
        }

        var layoutPath = Path.Combine(directory, LayoutFile);
        var layout = Compile(handlebars, layoutPath, diagnostics) is { } compiled ? ToText(compiled) : null;
        var staticFiles = StaticFilesIn(directory, diagnostics);
        return layout is null || failed ? null : new TemplateSet(layoutPath.Replace('\\', '/'), layout, partials, staticFiles);
    }

    private static HandlebarsTemplate<object, object> ToText(HandlebarsTemplate<TextWriter, object, object> template) =>
        (context, data) =>
        {
            using var writer = new StringWriter();
            template(writer, context, data);
            return writer.ToString();
        };

    private static HandlebarsTemplate<TextWriter, object, object>? Compile(IHandlebars handlebars, string path, DiagnosticBag diagnostics)
    {
        var location = new SourceLocation(path.Replace('\\', '/'));
        if (!File.Exists(path))
        {
            diagnostics.Error(DiagnosticCodes.TemplateError, location,
                "This template is missing. Copy it from ScormBuilder's own templates/ folder.");
            return null;
        }

        try
        {
            using var reader = new StreamReader(path);
            return handlebars.Compile(reader);
        }
        catch (HandlebarsException e)
        {
            diagnostics.Error(DiagnosticCodes.TemplateError, location, $"The template does not compile: {e.Message.TrimEnd('.')}. Fix its Handlebars syntax.");
            return null;
        }
    }

    private static List<SiteFile> StaticFilesIn(string directory, DiagnosticBag diagnostics)
    {
        var files = Directory.EnumerateFiles(directory, "*.xsd").Select(f => SiteFile.FromDisk(Path.GetFileName(f), f)).ToList();
        var assets = Path.Combine(directory, "assets");
        if (Directory.Exists(assets))
        {
            files.AddRange(Directory.EnumerateFiles(assets, "*", SearchOption.AllDirectories)
                .Select(f => SiteFile.FromDisk("assets/" + Path.GetRelativePath(assets, f).Replace('\\', '/'), f)));
        }

        // A templates folder that carries its own assets/runtime.js (an older copy) ships it as it is.
        if (!files.Exists(f => f.PackagePath == RuntimeScript.PackagePath) && RuntimeScript.Join(directory, diagnostics) is { } runtime)
        {
            files.Add(runtime);
        }

        foreach (var file in files.Where(f => !PackagePaths.IsClean(f.PackagePath)))
        {
            diagnostics.Error(DiagnosticCodes.InvalidPackagePath, new SourceLocation(file.SourcePath!.Replace('\\', '/')),
                $"This template file cannot go into the package as it is named: {PackagePaths.Rule}. Rename it.");
        }

        if (!files.Exists(f => f.PackagePath.EndsWith(".xsd", StringComparison.Ordinal)))
        {
            diagnostics.Error(DiagnosticCodes.TemplateError, new SourceLocation(directory),
                "The templates folder has no SCORM schema files (*.xsd). Copy them from ScormBuilder's templates/ folder: every package must carry them.");
        }

        return files;
    }
}
