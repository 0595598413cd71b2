namespace ScormBuilder;

/// <summary>
/// What plugs into the compiler: a kind of part (page, session, quiz, …), a kind of block inside Markdown bodies (the
/// knowledge check), or a folder of files that parts embed (transcripts). Its <see cref="Setup"/> adds its loaders,
/// rules, saved state and renderers to a <see cref="CompilerPipelineBuilder"/>, the way a Markdig extension plugs into
/// a pipeline.
/// </summary>
internal interface ICompilerExtension
{
    void Setup(CompilerPipelineBuilder builder);
}
