using ScormBuilder.Kinds.Shared.Transcripts;
using ScormBuilder.Loading;

namespace ScormBuilder.Kinds.Transcripts;

/// <summary>
/// transcripts/*.md, which sessions embed (<see cref="TranscriptReader"/>): a transcript no session names is
/// reported, since no learner would see it.
/// </summary>
internal sealed class TranscriptKind : ICompilerExtension
{
    public void Setup(CompilerPipelineBuilder builder) =>
        builder.SourceFolders.Add(new SourceFolder(TranscriptReader.Folder,
            "No session names this transcript, so learners never see it. Add 'transcript:' to a session, or delete the file."));
}
