using System.Text;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using ScormBuilder.Diagnostics;
using ScormBuilder.Model;
using ScormBuilder.Rendering.Markdown;
using ScormBuilder.Rendering.Models;
using ScormBuilder.Sources;

namespace ScormBuilder.Rendering;

/// <summary>
/// Render: every part through its kind's renderer and Scriban partial into one page, index.html, that holds the
/// whole course so that moving between parts never unloads the document that owns the LMS session.
/// </summary>
internal sealed class SiteRenderer(TemplateSet templates, IReadOnlyList<IPartRenderer> renderers, IReadOnlyList<IBodyBlockRenderer> blockRenderers)
{
    public const string PageFile = "index.html";

    public RenderedSite? Render(Course course, CourseFolder folder, DiagnosticBag diagnostics)
    {
        var markdown = new CourseMarkdown(course.OwnerIdsBySourcePath);
        var renderContext = new RenderContext(course, markdown);
        var context = new HtmlTemplateContext(templates.Loader);
        var failures = new HashSet<(SourceLocation, string)>();
        markdown.BlockHtml = block => RenderBlock(block, renderContext, ref context, failures, diagnostics);
        var parts = new List<LayoutPartValues>();
        foreach (var part in course.Parts)
        {
            if (!templates.Partials.TryGetValue(part.Kind, out var partial))
            {
                diagnostics.Report(RenderingDiagnostics.PartialMissing, part.IdLocation,
                    $"The templates have no partials/{part.Kind}{TemplateSet.Extension}, which this part needs. Copy it from ScormBuilder's own templates/ folder.");
                failures.Add((part.IdLocation, part.Kind));
                continue;
            }

            var model = renderers.First(r => r.Kind == part.Kind).Model(part, renderContext);
            var partHtml = Apply(ref context, partial, model, part, failures, diagnostics);
            parts.Add(new LayoutPartValues { Id = part.Id, Kind = part.Kind, Title = part.Title, Required = part.Required, Html = partHtml is null ? null : new RawHtml(partHtml) });
        }

        var layout = new LayoutValues
        {
            Course = new LayoutCourseValues { Title = course.Title, Language = course.Language, Description = course.Description, Version = course.Version },
            Parts = parts,
            RequiredCount = course.Parts.Count(p => p.Required),
            DataJson = new RawHtml(CourseData.ToJson(course, renderers, blockRenderers)),
        }.ToScriptObject();
        var html = Apply(ref context, templates.Layout, layout, null, failures, diagnostics);
        // The page of a failed render is incomplete: checking it would only add errors that follow from the first.
        if (html is null || failures.Count > 0)
        {
            return null;
        }

        // The page as nodes: every body parsed where it sits and held to the allowlist, then checked whole.
        var partLocations = course.Parts.ToDictionary(p => p.Id, p => p.IdLocation);
        var templateLocation = new SourceLocation(templates.LayoutPath);
        var bodies = new AuthorBodyCheck(markdown.MarkPrefix, partLocations, templateLocation);
        var document = new PageAssembler(markdown, bodies, partLocations, templateLocation).Assemble(html, diagnostics);
        var files = new List<SiteFile>(templates.StaticFiles);
        files.AddRange(folder.Held.Select(held => PackedLineEndings.Pack(held.Key, held.Value)));
        var packagePaths = files.Select(f => f.PackagePath).Append(PageFile).ToHashSet(StringComparer.Ordinal);
        new HtmlChecker(partLocations, templateLocation).Check(document, packagePaths, bodies.Located, bodies.Refused, diagnostics);
        if (diagnostics.HasErrors || PageOutput.Write(document, bodies.Located, templateLocation, diagnostics) is not { } page)
        {
            return null;
        }

        files.Add(SiteFile.FromBytes(PageFile, Encoding.UTF8.GetBytes(page)));
        return new RenderedSite([.. files.DistinctBy(f => f.PackagePath).OrderBy(f => f.PackagePath, StringComparer.Ordinal)], course.Parts.Count);
    }

    // A block renders while its part's body does, before the part's own partial: one template at a time.
    private string? RenderBlock(BodyBlock block, RenderContext renderContext, ref HtmlTemplateContext context,
        HashSet<(SourceLocation, string)> failures, DiagnosticBag diagnostics)
    {
        if (!templates.Partials.TryGetValue(block.Kind, out var partial) || blockRenderers.FirstOrDefault(r => r.Kind == block.Kind) is not { } renderer)
        {
            if (failures.Add((block.Location, block.Kind)))
            {
                diagnostics.Report(RenderingDiagnostics.PartialMissing, block.Location,
                    $"The templates have no partials/{block.Kind}{TemplateSet.Extension}, which this '{block.Kind}' block needs. Copy it from ScormBuilder's own templates/ folder.");
            }

            return null;
        }

        return Apply(ref context, partial, renderer.Model(block, renderContext), null, failures, diagnostics);
    }

    private string? Apply(ref HtmlTemplateContext context, Template template, ScriptObject model, Part? part,
        HashSet<(SourceLocation, string)> failures, DiagnosticBag diagnostics)
    {
        context.PushGlobal(model);
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            // The same mistake in a partial fails every part of its kind; it is reported once, at the first.
            var where = TemplateSet.LocationOf(e.Span);
            if (failures.Add((where, e.OriginalMessage)))
            {
                var rendering = part is null ? "the page" : $"part '{part.Id}' ({part.SourcePath})";
                diagnostics.Report(RenderingDiagnostics.TemplateFailed, where,
                    $"The template failed while rendering {rendering}: {e.OriginalMessage.TrimEnd('.')}. Fix the template: docs/templates.md#the-values-each-template-gets lists the values each template gets.");
            }

            // A render that stopped half-way leaves the context's scopes and outputs pushed; the next part starts clean.
            context = new HtmlTemplateContext(templates.Loader);
            return null;
        }
        finally
        {
            if (context.CurrentGlobal == model)
            {
                context.PopGlobal();
            }
        }
    }
}
