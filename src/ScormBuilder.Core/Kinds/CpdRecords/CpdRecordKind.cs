using ScormBuilder.Kinds.Quizzes;
using ScormBuilder.Kinds.Reflections;
using ScormBuilder.Loading;
using ScormBuilder.Model;
using ScormBuilder.Rendering;

namespace ScormBuilder.Kinds.CpdRecords;

/// <summary>
/// cpd-record.md: the record's template model holds the author's mapping and what the build knows about the
/// course. The learner's date, time, score and answers are left as empty slots for the runtime to fill in.
/// </summary>
internal sealed class CpdRecordKind : IPartKind, IPartLoader, IPartRenderer
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

    public object Model(Part part, RenderContext context)
    {
        var record = (CpdRecord)part;
        var course = context.Course;
        var reflection = course.Parts.OfType<Reflection>().FirstOrDefault();
        return new
        {
            id = record.Id,
            title = record.Title,
            body = context.Markdown.Render(record.Body),
            courseTitle = course.Title,
            provider = record.Provider ?? (course.Authors.Count > 0 ? string.Join(", ", course.Authors) : null),
            learningType = record.LearningType,
            hasQuiz = course.Parts.OfType<Quiz>().Any(),
            outcomes = course.Outcomes.Select(o => o.Text).ToList(),
            prompts = (reflection?.Prompts ?? []).Select(p => new { id = p.Id, text = p.Text }).ToList(),
            actions = Enumerable.Range(0, reflection?.ActionCount ?? 0).Select(i => new { index = i, number = i + 1 }).ToList(),
            standards = record.Standards.Select(s => new { standard = s.Standard, evidence = s.Evidence }).ToList(),
            reminder = record.Reminder,
        };
    }
}
