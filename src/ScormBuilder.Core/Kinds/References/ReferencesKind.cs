using Scriban.Runtime;
using ScormBuilder.Loading;
using ScormBuilder.Model;
using ScormBuilder.Rendering;

namespace ScormBuilder.Kinds.References;

/// <summary>references.yaml: the references page, each reference with its last check (when, and live or stored).</summary>
internal sealed class ReferencesKind : ICompilerExtension, IPartLoader, IPartRenderer
{
    public const string Name = "references";

    public string SourcePattern => "references.yaml";

    public string Kind => Name;

    public void Setup(CompilerPipelineBuilder builder)
    {
        builder.Loaders.Add(this);
        builder.Rules.Add(new ReferenceCheckAge(() => builder.Clock));
        builder.Renderers.Add(this);
        builder.ShapedFiles.Add(new ShapedFile(Name, SourcePattern, ReferencesShape.File));
    }

    public bool Claims(string path) => path == SourcePattern;

    public Part? Load(PartSource source, LoadContext context) => new ReferencesLoader(source, context).Load();

    public ScriptObject Model(Part part, RenderContext context)
    {
        var list = (ReferenceList)part;
        var markdown = context.Markdown;
        RawHtml? Html(MarkdownSource? source) => source is null ? null : new RawHtml(markdown.Render(source));
        return new ReferencesValues
        {
            Id = list.Id,
            Title = list.Title,
            Intro = Html(list.Intro),
            Outro = Html(list.Outro),
            Groups = [.. list.Groups.Select(group => new ReferenceGroupValues
            {
                Heading = group.Heading,
                Intro = Html(group.Intro),
                References = [.. group.References.Select(reference => new ReferenceValues
                {
                    Id = reference.Id,
                    HtmlId = list.HtmlIdOf(reference.Id),
                    Title = reference.Title,
                    Author = reference.Author,
                    Publisher = reference.Publisher,
                    Date = reference.Date,
                    Url = reference.Url,
                    Note = Html(reference.Note),
                    Checked = reference.Checked is { } check ? CourseDate.Write(check.Date) : null,
                    CheckedHow = reference.Checked?.How,
                })],
            })],
        }.ToScriptObject();
    }
}
