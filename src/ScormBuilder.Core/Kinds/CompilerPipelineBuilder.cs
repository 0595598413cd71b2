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

    public CompilerPipelineBuilder Use(IPartKind kind)
    {
        kind.Setup(this);
        return this;
    }

    public CompilerPipeline Build() => new([.. Loaders], [.. SourceFolders], [.. Rules], [.. SavedState], [.. Renderers], [.. TrackedKinds])
    {
        BlockReaders = [.. BlockReaders], BlockRenderers = [.. BlockRenderers],
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

    /// <summary>The kinds in the order they plug in; it is also the order of their data and tracked ids.</summary>
    public IReadOnlyList<string> KindOrder => [.. Renderers.Select(r => r.Kind)];
}
