using ScormBuilder.Loading;
using ScormBuilder.Rendering;
using ScormBuilder.Validation;

namespace ScormBuilder;

/// <summary>
/// What every stage of the compiler is extended with, built once from a list of extensions by a
/// <see cref="CompilerPipelineBuilder"/> and immutable after: a <see cref="CourseCompiler"/> is made from one.
/// </summary>
public sealed class CompilerPipeline
{
    internal CompilerPipeline(
        IReadOnlyList<IPartLoader> loaders,
        IReadOnlyList<SourceFolder> sourceFolders,
        IReadOnlyList<ICourseRule> rules,
        IReadOnlyList<ISavedStateContributor> savedState,
        IReadOnlyList<IPartRenderer> renderers,
        IReadOnlyList<IBodyBlockReader> blockReaders,
        IReadOnlyList<IBodyBlockRenderer> blockRenderers,
        IReadOnlyList<string> trackedKinds,
        IReadOnlyList<ShapedFile> shapedFiles)
    {
        Loaders = loaders;
        SourceFolders = sourceFolders;
        Rules = rules;
        SavedState = savedState;
        Renderers = renderers;
        BlockReaders = blockReaders;
        BlockRenderers = blockRenderers;
        TrackedKinds = trackedKinds;
        ShapedFiles = shapedFiles;
        KindOrder = [.. renderers.Select(r => r.Kind)];
    }

    /// <summary>Every kind of part and block ScormBuilder knows.</summary>
    public static CompilerPipeline Default { get; } = new CompilerPipelineBuilder().UseBuiltInKinds().Build();

    internal IReadOnlyList<IPartLoader> Loaders { get; }

    /// <summary>The folders whose files something must use, each with what an unused file is told.</summary>
    internal IReadOnlyList<SourceFolder> SourceFolders { get; }

    internal IReadOnlyList<ICourseRule> Rules { get; }

    internal IReadOnlyList<ISavedStateContributor> SavedState { get; }

    internal IReadOnlyList<IPartRenderer> Renderers { get; }

    /// <summary>The readers of interactive blocks inside Markdown bodies.</summary>
    internal IReadOnlyList<IBodyBlockReader> BlockReaders { get; }

    /// <summary>The renderers of those blocks, each by the block's name.</summary>
    internal IReadOnlyList<IBodyBlockRenderer> BlockRenderers { get; }

    /// <summary>The kinds of id tracking.lock may hold.</summary>
    internal IReadOnlyList<string> TrackedKinds { get; }

    /// <summary>The YAML source files with their shapes, from which the JSON Schemas for editors are made.</summary>
    internal IReadOnlyList<ShapedFile> ShapedFiles { get; }

    /// <summary>The kinds in the order they plug in; it is also the order of their data and tracked ids.</summary>
    internal IReadOnlyList<string> KindOrder { get; }
}
