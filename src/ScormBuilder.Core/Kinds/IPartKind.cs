namespace ScormBuilder.Kinds;

/// <summary>
/// A kind of part (page, session, quiz, …): one folder that plugs its loader, rules, saved state and renderer into
/// the compiler, the way a Markdig extension plugs into a pipeline. The compiler is built from a list of kinds.
/// </summary>
internal interface IPartKind
{
    void Setup(CompilerPipelineBuilder builder);
}
