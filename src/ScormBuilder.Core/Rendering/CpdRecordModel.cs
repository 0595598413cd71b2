using ScormBuilder.Model;

namespace ScormBuilder.Rendering;

/// <summary>
/// What templates/partials/cpd-record.hbs gets: the author's mapping and what the build knows about the course.
/// The learner's date, time, score and answers are left as empty slots for the runtime to fill in the browser.
/// </summary>
internal static class CpdRecordModel
{
    public static object From(Course course, CpdRecord record, MarkdownHtml markdown)
    {
        var reflection = course.Reflection;
        return new
        {
            id = record.Id,
            title = record.Title,
            body = markdown.Render(record.Body),
            courseTitle = course.Title,
            provider = record.Provider ?? (course.Authors.Count > 0 ? string.Join(", ", course.Authors) : null),
            learningType = record.LearningType,
            hasQuiz = course.Quiz is not null,
            outcomes = course.Outcomes.Select(o => o.Text).ToList(),
            prompts = (reflection?.Prompts ?? []).Select(p => new { id = p.Id, text = p.Text }).ToList(),
            actions = Enumerable.Range(0, reflection?.ActionCount ?? 0).Select(i => new { index = i, number = i + 1 }).ToList(),
            standards = record.Standards.Select(s => new { standard = s.Standard, evidence = s.Evidence }).ToList(),
            reminder = record.Reminder,
        };
    }
}
