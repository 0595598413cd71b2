using ScormBuilder.Loading;
using ScormBuilder.Rendering;
using ScormBuilder.Validation;

namespace ScormBuilder.Kinds;

/// <summary>Collects what each kind adds to each stage, then builds the immutable <see cref="CompilerPipeline"/>.</summary>
internal sealed class CompilerPipelineBuilder
{
    public List<IPartLoader> Loaders { get; } = [];

    public List<SourceFolder> SourceFolders { get; } = [];

    public List<ICourseRule> Rules { get; } = [];

    public List<ISavedStateContributor> SavedState { get; } = [];

    public List<IPartRenderer> Renderers { get; } = [];

    /// <summary>The readers of interactive blocks inside Markdown bodies (knowledge checks).</summary>
    public List<IBodyBlockReader> BlockReaders { get; } = [];

    /// <summary>The renderers of those blocks.</summary>
    public List<IBodyBlockRenderer> BlockRenderers { get; } = [];

    /// <summary>The kinds of id tracking.lock may hold ('part', 'question', …).</summary>
    public List<string> TrackedKinds { get; } = ["part"];

    /// <summary>The YAML files the kinds read, with their shapes: course.yaml's first.</summary>
    public List<ShapedFile> ShapedFiles { get; } = [new(CourseShape.Name, CourseLoader.CourseFileName, CourseShape.File)];

    public CompilerPipelineBuilder Use(IPartKind kind)
    {
        kind.Setup(this);
        return this;
    }

    public CompilerPipeline Build() => new([.. Loaders], [.. SourceFolders], [.. Rules], [.. SavedState], [.. Renderers], [.. TrackedKinds])
    {
        BlockReaders = [.. BlockReaders], BlockRenderers = [.. BlockRenderers], ShapedFiles = [.. ShapedFiles],
    };
}

/// <summary>The stages' view of every kind the compiler knows, built once.</summary>
internal sealed record CompilerPipeline(
    IReadOnlyList<IPartLoader> Loaders,
    IReadOnlyList<SourceFolder> SourceFolders,
    IReadOnlyList<ICourseRule> Rules,
    IReadOnlyList<ISavedStateContributor> SavedState,
    IReadOnlyList<IPartRenderer> Renderers,
    IReadOnlyList<string> TrackedKinds)
{
    /// <summary>The readers of interactive blocks inside Markdown bodies.</summary>
    public IReadOnlyList<IBodyBlockReader> BlockReaders { get; init; } = [];

    /// <summary>The renderers of those blocks, each by the block's name.</summary>
    public IReadOnlyList<IBodyBlockRenderer> BlockRenderers { get; init; } = [];

    /// <summary>The YAML source files with their shapes, from which the JSON Schemas for editors are made.</summary>
    public IReadOnlyList<ShapedFile> ShapedFiles { get; init; } = [];

    /// <summary>The kinds in the order they plug in; it is also the order of their data and tracked ids.</summary>
    public IReadOnlyList<string> KindOrder => [.. Renderers.Select(r => r.Kind)];
}
