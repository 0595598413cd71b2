using ScormBuilder.Kinds.CaseStudies;
using ScormBuilder.Kinds.Checks;
using ScormBuilder.Kinds.CpdRecords;
using ScormBuilder.Kinds.Pages;
using ScormBuilder.Kinds.Quizzes;
using ScormBuilder.Kinds.Reflections;
using ScormBuilder.Kinds.Scenarios;
using ScormBuilder.Kinds.Sessions;
using ScormBuilder.Kinds.Transcripts;
using ScormBuilder.Validation;

namespace ScormBuilder.Kinds;

/// <summary>The kinds of part ScormBuilder knows, and the pipeline built from them once.</summary>
internal static class PartKinds
{
    /// <summary>In this order they are listed to authors, written into the runtime's data and tracked.</summary>
    public static readonly IReadOnlyList<IPartKind> All =
    [
        new PageKind(),
        new SessionKind(),
        new TranscriptKind(),
        new CaseStudyKind(),
        new ScenarioKind(),
        new QuizKind(),
        new ReflectionKind(),
        new CpdRecordKind(),
        new CheckKind(),
    ];

    public static CompilerPipeline Pipeline { get; } = Build(All);

    public static CompilerPipeline Build(IEnumerable<IPartKind> kinds)
    {
        var builder = new CompilerPipelineBuilder();
        builder.SavedState.Add(new CourseSavedState());
        foreach (var kind in kinds)
        {
            builder.Use(kind);
        }

        return builder.Build();
    }
}
