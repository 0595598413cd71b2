using ScormBuilder.Kinds;
using ScormBuilder.Loading;
using ScormBuilder.Rendering;
using ScormBuilder.Validation;

namespace ScormBuilder;

/// <summary>
/// Collects what each extension adds to each stage, then builds the immutable <see cref="CompilerPipeline"/>:
/// <c>new CompilerPipelineBuilder().UseBuiltInKinds().Use(extension).Build()</c>.
/// </summary>
internal sealed class CompilerPipelineBuilder
{
    public List<IPartLoader> Loaders { get; } = [];

    public List<SourceFolder> SourceFolders { get; } = [];

    public List<ICourseRule> Rules { get; } = [];

    /// <summary>The sections of the saved state: the course's own (visited parts, bookmark) first.</summary>
    public List<ISavedStateContributor> SavedState { get; } = [new CourseSavedState()];

    public List<IPartRenderer> Renderers { get; } = [];

    /// <summary>The readers of interactive blocks inside Markdown bodies (knowledge checks).</summary>
    public List<IBodyBlockReader> BlockReaders { get; } = [];

    /// <summary>The renderers of those blocks.</summary>
    public List<IBodyBlockRenderer> BlockRenderers { get; } = [];

    /// <summary>The kinds of id tracking.lock may hold ('part', 'question', …).</summary>
    public List<string> TrackedKinds { get; } = ["part"];

    /// <summary>The YAML files the kinds read, with their shapes: course.yaml's first.</summary>
    public List<ShapedFile> ShapedFiles { get; } = [new(CourseShape.Name, CourseLoader.CourseFileName, CourseShape.File)];

    /// <summary>Today's date for the review checks: the system's, or a fixed one in tests.</summary>
    public TimeProvider Clock { get; private set; } = TimeProvider.System;

    public CompilerPipelineBuilder UseClock(TimeProvider clock)
    {
        Clock = clock;
        return this;
    }

    public CompilerPipelineBuilder Use(ICompilerExtension extension)
    {
        extension.Setup(this);
        return this;
    }

    /// <summary>Adds every kind ScormBuilder knows, in their order (<see cref="BuiltInKinds.All"/>).</summary>
    public CompilerPipelineBuilder UseBuiltInKinds()
    {
        foreach (var kind in BuiltInKinds.All)
        {
            Use(kind);
        }

        return this;
    }

    public CompilerPipeline Build() =>
        new([.. Loaders], [.. SourceFolders], [.. Rules, new ReviewRecordCheck(Clock)], [.. SavedState], [.. Renderers], [.. BlockReaders], [.. BlockRenderers], [.. TrackedKinds], [.. ShapedFiles]);
}
