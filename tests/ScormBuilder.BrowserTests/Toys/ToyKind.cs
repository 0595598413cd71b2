using Scriban.Runtime;
using ScormBuilder.Diagnostics;
using ScormBuilder.Kinds;
using ScormBuilder.Loading;
using ScormBuilder.Model;
using ScormBuilder.Rendering;
using ScormBuilder.Validation;

namespace ScormBuilder.BrowserTests.Toys;

/// <summary>
/// A kind of part from outside ScormBuilder, to prove that a kind is its folder, its partial and its runtime module:
/// toys/*.md, each a title and a button's label, shown by partials/toy.sbn-html and done once the learner presses
/// the button (runtime/toy.js), which its own saved-state section remembers.
/// </summary>
internal sealed class ToyKind() : FolderKind(Name, "toys"), ISavedStateContributor
{
    public const string Name = "toy";

    /// <summary>The section toy.js declares in sb.kinds.toy.saved.sections: the ids of the toys done.</summary>
    public IReadOnlyList<SavedStateSection> OwnSections { get; } =
        [new SavedStateSection("t", Name, null, [new SavedStateField("id", Name, null)])];

    public override void Setup(CompilerPipelineBuilder builder)
    {
        base.Setup(builder);
        builder.SavedState.Add(this);
    }

    protected override Part? Load(PartSource source, FrontMatter document, LoadContext context)
    {
        var (id, title, required) = PartFields.ReadCommon(document.Fields);
        var button = document.Fields.String("button", required: true);
        return id is null || title is null || button is null
            ? null
            : new Toy(id, title, required, source.Path, document.Fields.LocationOf("id"), button);
    }

    public override ScriptObject Model(Part part, RenderContext context)
    {
        var toy = (Toy)part;
        return new ToyValues { Id = toy.Id, Title = toy.Title, Button = toy.Button }.ToScriptObject();
    }

    public SavedStateItems? ItemsOf(string each, Course course) => each == Name
        ? new([.. course.Parts.OfType<Toy>().Select(t => new SavedStateItem(t.Id))], "toys done", course.Location, "Use fewer toys.")
        : null;
}

/// <summary>A toy part: pressing its button is all it asks.</summary>
public sealed record Toy(string Id, string Title, bool Required, string SourcePath, SourceLocation IdLocation, string Button)
    : Part(Id, Title, Required, SourcePath, IdLocation)
{
    public override string Kind => ToyKind.Name;
}

/// <summary>The values partials/toy.sbn-html gets.</summary>
internal sealed record ToyValues : TemplateValues
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public required string Button { get; init; }
}
