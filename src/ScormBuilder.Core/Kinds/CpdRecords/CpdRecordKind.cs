using Scriban.Runtime;
using ScormBuilder.Kinds.Shared.Prompts;
using ScormBuilder.Loading;
using ScormBuilder.Model;
using ScormBuilder.Rendering;

namespace ScormBuilder.Kinds.CpdRecords;

/// <summary>
/// cpd-record.md: the record's template model holds the author's mapping and what the build knows about the
/// course. The learner's date, time, score and answers are left as empty slots for the runtime to fill in.
/// </summary>
internal sealed class CpdRecordKind : ICompilerExtension, IPartLoader, IPartRenderer
{
    public const string Name = "cpd-record";

    public string SourcePattern => "cpd-record.md";

    public string Kind => Name;

    public void Setup(CompilerPipelineBuilder builder)
    {
        builder.Loaders.Add(this);
        builder.Renderers.Add(this);
    }

    public bool Claims(string path) => path == SourcePattern;

    public Part? Load(PartSource source, LoadContext context)
    {
        if (PartFields.Split(source, context) is not { } document)
        {
            return null;
        }

        var record = new CpdRecordLoader(context).Load(source.Path, document);
        document.Fields.ReportUnknownKeys();
        return record;
    }

    public ScriptObject Model(Part part, RenderContext context)
    {
        var record = (CpdRecord)part;
        var course = context.Course;
        var reflection = course.Parts.OfType<IPromptedPart>().FirstOrDefault();
        return new CpdRecordValues
        {
            Id = record.Id,
            Title = record.Title,
            Body = new RawHtml(context.Markdown.Render(record.Body)),
            CourseTitle = course.Title,
            Provider = TemplateValues.Optional(record.Provider ?? (course.Authors.Count > 0 ? string.Join(", ", course.Authors) : null)),
            LearningType = TemplateValues.Optional(record.LearningType),
            HasQuiz = course.Parts.Any(p => p.IsAssessment),
            Outcomes = [.. course.Outcomes.Select(o => o.Text)],
            Sections = [.. (reflection?.Sections ?? []).Select(section => new CpdRecordSectionValues
            {
                Title = TemplateValues.Optional(section.Title),
                Prompts = [.. section.Prompts.Select(p => new CpdRecordPromptValues { Id = p.Id, Text = p.Text })],
            })],
            Actions = [.. Enumerable.Range(0, reflection?.ActionCount ?? 0).Select(i => new CpdRecordActionValues { Index = i, Number = i + 1 })],
            Standards = [.. record.Standards.Select(s => new CpdRecordStandardValues { Standard = s.Standard, Evidence = s.Evidence })],
            Reminder = TemplateValues.Optional(record.Reminder),
            LastReviewed = course.ReviewRecord.Latest is { } latest ? CourseDate.Write(latest.Date) : null,
        }.ToScriptObject();
    }
}
