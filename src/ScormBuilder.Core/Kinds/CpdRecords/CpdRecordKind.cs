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
        return new ScriptObject
        {
            ["id"] = record.Id,
            ["title"] = record.Title,
            ["body"] = new RawHtml(context.Markdown.Render(record.Body)),
            ["course_title"] = course.Title,
            ["provider"] = TemplateValues.Text(record.Provider ?? (course.Authors.Count > 0 ? string.Join(", ", course.Authors) : null)),
            ["learning_type"] = TemplateValues.Text(record.LearningType),
            ["has_quiz"] = course.Parts.Any(p => p.IsAssessment),
            ["outcomes"] = TemplateValues.List(course.Outcomes, o => o.Text),
            ["sections"] = TemplateValues.List(reflection?.Sections ?? [], section => new ScriptObject
            {
                ["title"] = TemplateValues.Text(section.Title),
                ["prompts"] = TemplateValues.List(section.Prompts, p => new ScriptObject { ["id"] = p.Id, ["text"] = p.Text }),
            }),
            ["actions"] = TemplateValues.List(Enumerable.Range(0, reflection?.ActionCount ?? 0), i => new ScriptObject { ["index"] = i, ["number"] = i + 1 }),
            ["standards"] = TemplateValues.List(record.Standards, s => new ScriptObject { ["standard"] = s.Standard, ["evidence"] = s.Evidence }),
            ["reminder"] = TemplateValues.Text(record.Reminder),
        };
    }
}
