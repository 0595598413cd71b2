using ScormBuilder.Kinds.CaseStudies;
using ScormBuilder.Kinds.Checks;
using ScormBuilder.Kinds.CpdRecords;
using ScormBuilder.Kinds.Pages;
using ScormBuilder.Kinds.Quizzes;
using ScormBuilder.Kinds.Reflections;
using ScormBuilder.Kinds.References;
using ScormBuilder.Kinds.Scenarios;
using ScormBuilder.Kinds.Sessions;
using ScormBuilder.Kinds.Transcripts;

namespace ScormBuilder.Kinds;

/// <summary>The kinds of part and block ScormBuilder knows, which <see cref="CompilerPipeline.Default"/> is built from.</summary>
internal static class BuiltInKinds
{
    /// <summary>In this order they are listed to authors, written into the runtime's data and tracked.</summary>
    public static readonly IReadOnlyList<ICompilerExtension> All =
    [
        new PageKind(),
        new SessionKind(),
        new TranscriptKind(),
        new CaseStudyKind(),
        new ScenarioKind(),
        new QuizKind(),
        new ReflectionKind(),
        new CpdRecordKind(),
        new ReferencesKind(),
        new CheckKind(),
    ];
}
