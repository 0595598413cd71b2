using ScormBuilder.Diagnostics;
using ScormBuilder.Model;

namespace ScormBuilder.Kinds.CpdRecords;

/// <summary>
/// The learner's CPD record of the course: a page the runtime fills in with their date, time, score, reflection
/// and action plan, to print or download as evidence. What the author writes maps the course to the HCPC's
/// standards for CPD; the learner's answers are never part of the build.
/// </summary>
public sealed record CpdRecord(
    string Id,
    string Title,
    bool Required,
    string SourcePath,
    SourceLocation IdLocation,
    string? Provider,
    string? LearningType,
    IReadOnlyList<CpdStandard> Standards,
    string? Reminder,
    MarkdownSource Body)
    : Part(Id, Title, Required, SourcePath, IdLocation)
{
    public override string Kind => CpdRecordKind.Name;

    public override IEnumerable<MarkdownSource> Bodies => [Body];
}

/// <summary>One CPD standard in the author's words, and how this course and its record help the learner meet it.</summary>
public sealed record CpdStandard(string Standard, string Evidence, SourceLocation Location);
