using System.Text;
using System.Text.RegularExpressions;
using HandlebarsDotNet;
using ScormBuilder.Diagnostics;
using ScormBuilder.Model;
using ScormBuilder.Rendering.Markdown;
using ScormBuilder.Sources;

namespace ScormBuilder.Rendering;

/// <summary>
/// Render: every part through its kind's renderer and template partial into one page, index.html, that holds the
/// whole course so that moving between parts never unloads the document that owns the LMS session.
/// </summary>
internal sealed partial class SiteRenderer(TemplateSet templates, IReadOnlyList<IPartRenderer> renderers)
{
    public const string PageFile = "index.html";

    public RenderedSite? Render(Course course, CourseFolder folder, DiagnosticBag diagnostics)
    {
        var context = new RenderContext(course, new CourseMarkdown(course.OwnerIdsBySourcePath));
        var parts = new List<object>();
        foreach (var part in course.Parts)
        {
            var renderer = renderers.First(r => r.Kind == part.Kind);
            if (!templates.Partials.TryGetValue(part.Kind, out var partial))
            {
                diagnostics.Error(DiagnosticCodes.TemplateError, part.IdLocation,
                    $"The templates have no partials/{part.Kind}.hbs, which this part needs. Copy it from ScormBuilder's own templates/ folder.");
                continue;
            }

            var partHtml = Apply(partial, renderer.Model(part, context), part, diagnostics);
            parts.Add(new { id = part.Id, kind = part.Kind, title = part.Title, html = partHtml });
        }

        var layout = new
        {
            course = new { title = course.Title, language = course.Language, description = course.Description, version = course.Version },
            parts,
            requiredCount = course.Parts.Count(p => p.Required),
            dataJson = CourseData.ToJson(course, renderers),
        };
        var html = Apply(templates.Layout, layout, null, diagnostics);
        if (html is null)
        {
            return null;
        }

        var files = new List<SiteFile> { SiteFile.FromBytes(PageFile, Encoding.UTF8.GetBytes(StripSourceMarks(html))) };
        files.AddRange(templates.StaticFiles);
        files.AddRange(course.MediaReferences.Select(m => m.Path).Distinct().Where(folder.Exists).Select(path => SiteFile.FromDisk(path, folder.AbsolutePath(path))));
        var site = new RenderedSite([.. files.DistinctBy(f => f.PackagePath).OrderBy(f => f.PackagePath, StringComparer.Ordinal)], course.Parts.Count);

        var checker = new HtmlChecker(course.Parts.ToDictionary(p => p.Id, p => p.IdLocation), new SourceLocation(templates.LayoutPath));
        checker.Check(html, site.Files.Select(f => f.PackagePath).ToHashSet(StringComparer.Ordinal), diagnostics);
        return site;
    }

    private string? Apply(HandlebarsTemplate<object, object> template, object model, Part? part, DiagnosticBag diagnostics)
    {
        try
        {
            return template(model);
        }
        catch (HandlebarsException e)
        {
            var where = part is null ? new SourceLocation(templates.LayoutPath) : part.IdLocation;
            diagnostics.Error(DiagnosticCodes.TemplateError, where, $"A template failed while rendering this: {e.Message.TrimEnd('.')}. Fix the template.");
            return null;
        }
    }

    private static string StripSourceMarks(string html) => SourceMarks().Replace(html, "");

    [GeneratedRegex(@" data-sb-(?:line|src|first)=""[^""]*""")]
    private static partial Regex SourceMarks();
}
