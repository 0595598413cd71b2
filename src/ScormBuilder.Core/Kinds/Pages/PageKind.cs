using Scriban.Runtime;
using ScormBuilder.Loading;
using ScormBuilder.Model;
using ScormBuilder.Rendering;

namespace ScormBuilder.Kinds.Pages;

/// <summary>pages/*.md: Markdown with an id and a title; a paragraph of {{outcomes}} lists the learning outcomes.</summary>
internal sealed class PageKind : IPartKind, IPartLoader, IPartRenderer
{
    public const string Name = "page";
    private const string Folder = "pages";

    public string SourcePattern => "pages/*.md";

    public string Kind => Name;

    public void Setup(CompilerPipelineBuilder builder)
    {
        builder.Loaders.Add(this);
        builder.SourceFolders.Add(new SourceFolder(Folder, SourceFolders.UnlistedPart));
        builder.Renderers.Add(this);
    }

    public bool Claims(string path) => PartFields.IsMarkdownIn(path, Folder);

    public Part? Load(PartSource source, LoadContext context)
    {
        if (PartFields.Split(source, context) is not { } document)
        {
            return null;
        }

        var (id, title, required) = PartFields.ReadCommon(document.Fields);
        document.Fields.ReportUnknownKeys();
        return id is null || title is null
            ? null
            : new Page(id, title, required, source.Path, document.Fields.LocationOf("id"), context.Body(source.Path, id, document));
    }

    public ScriptObject Model(Part part, RenderContext context)
    {
        var page = (Page)part;
        return new ScriptObject
        {
            ["id"] = page.Id, ["title"] = page.Title, ["body"] = new RawHtml(context.Markdown.RenderWithOutcomes(page.Body, context.Course.Outcomes)),
        };
    }
}
