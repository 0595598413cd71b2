using Scriban.Runtime;
using ScormBuilder.Model;

namespace ScormBuilder.Rendering;

/// <summary>
/// What templates/partials/cpd-record.sbn-html gets: the author's mapping and what the build knows about the course.
/// The learner's date, time, score and answers are left as empty slots for the runtime to fill in the browser.
/// </summary>
internal static class CpdRecordModel
{
    public static ScriptObject From(Course course, CpdRecord record, MarkdownHtml markdown)
    {
        var reflection = course.Reflection;
        return new ScriptObject
        {
            ["id"] = record.Id,
            ["title"] = record.Title,
            ["body"] = new RawHtml(markdown.Render(record.Body)),
            ["course_title"] = course.Title,
            ["provider"] = TemplateValues.Text(record.Provider ?? (course.Authors.Count > 0 ? string.Join(", ", course.Authors) : null)),
            ["learning_type"] = TemplateValues.Text(record.LearningType),
            ["has_quiz"] = course.Quiz is not null,
            ["outcomes"] = TemplateValues.List(course.Outcomes, o => o.Text),
            ["prompts"] = TemplateValues.List(reflection?.Prompts ?? [], p => new ScriptObject { ["id"] = p.Id, ["text"] = p.Text }),
            ["actions"] = TemplateValues.List(Enumerable.Range(0, reflection?.ActionCount ?? 0), i => new ScriptObject { ["index"] = i, ["number"] = i + 1 }),
            ["standards"] = TemplateValues.List(record.Standards, s => new ScriptObject { ["standard"] = s.Standard, ["evidence"] = s.Evidence }),
            ["reminder"] = TemplateValues.Text(record.Reminder),
        };
    }
}
