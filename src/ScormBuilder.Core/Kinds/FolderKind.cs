using Scriban.Runtime;
using ScormBuilder.Loading;
using ScormBuilder.Model;
using ScormBuilder.Rendering;

namespace ScormBuilder.Kinds;

/// <summary>
/// A kind kept as Markdown files with front matter in a folder of its own (pages/, sessions/, case-studies/):
/// each file one part, and a file in the folder that course.yaml does not list is reported.
/// </summary>
internal abstract class FolderKind(string name, string folder) : ICompilerExtension, IPartLoader, IPartRenderer
{
    private readonly SourceFolder _sources = new(folder, SourceFolders.UnlistedPart);

    public string Kind => name;

    public string SourcePattern => $"{_sources.Name}/{_sources.FilePattern}";

    public virtual void Setup(CompilerPipelineBuilder builder)
    {
        builder.Loaders.Add(this);
        builder.SourceFolders.Add(_sources);
        builder.Renderers.Add(this);
    }

    public bool Claims(string path) => _sources.Holds(path);

    public Part? Load(PartSource source, LoadContext context)
    {
        if (PartFields.Split(source, context) is not { } document)
        {
            return null;
        }

        var part = Load(source, document, context);
        document.Fields.ReportUnknownKeys();
        return part;
    }

    /// <summary>Reads the part from its front matter and body; the keys it does not read are reported after.</summary>
    protected abstract Part? Load(PartSource source, FrontMatter document, LoadContext context);

    public abstract ScriptObject Model(Part part, RenderContext context);
}
