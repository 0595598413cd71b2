using Scriban.Runtime;
using ScormBuilder.Loading;
using ScormBuilder.Model;
using ScormBuilder.Rendering;

namespace ScormBuilder.Kinds.Pages;

/// <summary>pages/*.md: Markdown with an id and a title; a paragraph of {{outcomes}} lists the learning outcomes.</summary>
internal sealed class PageKind() : FolderKind(Name, "pages")
{
    public const string Name = "page";

    protected override Part? Load(PartSource source, FrontMatter document, LoadContext context)
    {
        var (id, title, required) = PartFields.ReadCommon(document.Fields);
        return id is null || title is null
            ? null
            : new Page(id, title, required, source.Path, document.Fields.LocationOf("id"), context.Body(source.Path, id, document));
    }

    public override ScriptObject Model(Part part, RenderContext context)
    {
        var page = (Page)part;
        return new PageValues
        {
            Id = page.Id, Title = page.Title, Body = new RawHtml(context.Markdown.RenderWithOutcomes(page.Body, context.Course.Outcomes)),
        }.ToScriptObject();
    }
}
