using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using HandlebarsDotNet;
using ScormBuilder.Diagnostics;
using ScormBuilder.Loading;
using ScormBuilder.Model;
using ScormBuilder.Validation;

namespace ScormBuilder.Rendering;

/// <summary>
/// Render: every part through its Handlebars partial into one page, index.html, that holds the whole course so
/// that moving between parts never unloads the document that owns the LMS session.
/// </summary>
public sealed partial class SiteRenderer(TemplateSet templates)
{
    public const string PageFile = "index.html";

    public RenderedSite? Render(Course course, CourseFolder folder, DiagnosticBag diagnostics)
    {
        var markdown = new MarkdownHtml(SourceIds(course));
        var sessionNumber = 0;
        var parts = new List<object>();
        foreach (var part in course.Parts)
        {
            var model = part switch
            {
                Page page => PageModel(course, page, markdown),
                Session session => SessionModel(course, session, ++sessionNumber, markdown),
                CaseStudy caseStudy => CaseStudyModel(caseStudy, markdown),
                Reflection reflection => ReflectionModel(reflection, markdown),
                Quiz quiz => QuizModel(course, quiz),
                CpdRecord record => CpdRecordModel.From(course, record, markdown),
                _ => throw new InvalidOperationException($"No template for {part.GetType().Name}."),
            };
            if (!templates.Partials.TryGetValue(part.Kind, out var partial))
            {
                diagnostics.Error(DiagnosticCodes.TemplateError, part.IdLocation,
                    $"The templates have no partials/{part.Kind}.hbs, which this part needs. Copy it from ScormBuilder's own templates/ folder.");
                continue;
            }

            var partHtml = Apply(partial, model, part, diagnostics);
            parts.Add(new { id = part.Id, kind = part.Kind, title = part.Title, html = partHtml });
        }

        var layout = new
        {
            course = new { title = course.Title, language = course.Language, description = course.Description, version = course.Version },
            parts,
            requiredCount = course.Parts.Count(p => p.Required),
            dataJson = CourseData.ToJson(course),
        };
        var html = Apply(templates.Layout, layout, null, diagnostics);
        if (html is null)
        {
            return null;
        }

        var files = new List<SiteFile> { SiteFile.FromBytes(PageFile, Encoding.UTF8.GetBytes(StripSourceMarks(html))) };
        files.AddRange(templates.StaticFiles);
        files.AddRange(MediaFiles(course, folder).Select(path => SiteFile.FromDisk(path, folder.AbsolutePath(path))));
        var site = new RenderedSite([.. files.DistinctBy(f => f.PackagePath).OrderBy(f => f.PackagePath, StringComparer.Ordinal)], course.Parts.Count);

        var checker = new HtmlChecker(course.Parts.ToDictionary(p => p.Id, p => p.IdLocation), new SourceLocation(templates.LayoutPath));
        checker.Check(html, site.Files.Select(f => f.PackagePath).ToHashSet(StringComparer.Ordinal), diagnostics);
        return site;
    }

    private string? Apply(HandlebarsTemplate<object, object> template, object model, Part? part, DiagnosticBag diagnostics)
    {
        try
        {
            return template(model);
        }
        catch (HandlebarsException e)
        {
            var where = part is null ? new SourceLocation(templates.LayoutPath) : part.IdLocation;
            diagnostics.Error(DiagnosticCodes.TemplateError, where, $"A template failed while rendering this: {e.Message.TrimEnd('.')}. Fix the template.");
            return null;
        }
    }

    private static Dictionary<string, string> SourceIds(Course course)
    {
        var ids = course.Parts.ToDictionary(p => p.SourcePath, p => p.Id, StringComparer.Ordinal);
        foreach (var transcript in course.Sessions.Select(s => s.Transcript).OfType<Transcript>())
        {
            ids.TryAdd(transcript.SourcePath, transcript.Id);
        }

        return ids;
    }

    private static List<string> MediaFiles(Course course, CourseFolder folder) =>
        CourseValidator.MediaReferences(course).Select(m => m.Path).Where(folder.Exists).Distinct().ToList();

    private static object PageModel(Course course, Page page, MarkdownHtml markdown) => new
    {
        id = page.Id,
        title = page.Title,
        body = OutcomesPlaceholder().Replace(markdown.Render(page.Body), _ => OutcomeList(course)),
    };

    private static string OutcomeList(Course course) =>
        "<ul class=\"sb-outcomes\">\n" +
        string.Concat(course.Outcomes.Select(o => $"<li>{WebUtility.HtmlEncode(o.Text)}</li>\n")) +
        "</ul>";

    private static object SessionModel(Course course, Session session, int number, MarkdownHtml markdown) => new
    {
        id = session.Id,
        title = session.Title,
        number,
        summary = session.Summary,
        duration = session.DurationMinutes,
        language = course.Language,
        body = markdown.Render(session.Body),
        video = session.Video is { } video ? new { src = video.File, captions = video.Captions } : null,
        transcript = session.Transcript is { } transcript
            ? new { id = transcript.Id, title = transcript.Title, body = markdown.RenderNested(transcript.Body) }
            : null,
    };

    private static object CaseStudyModel(CaseStudy caseStudy, MarkdownHtml markdown) => new
    {
        id = caseStudy.Id,
        title = caseStudy.Title,
        summary = caseStudy.Summary,
        credit = caseStudy.Credit,
        body = markdown.Render(caseStudy.Body),
    };

    private static object ReflectionModel(Reflection reflection, MarkdownHtml markdown) => new
    {
        id = reflection.Id,
        title = reflection.Title,
        body = markdown.Render(reflection.Body),
        prompts = reflection.Prompts.Select(p => new { id = p.Id, text = p.Text, hint = p.Hint, maxLength = p.MaxLength, inputId = $"{reflection.Id}-{p.Id}" }),
        actions = Enumerable.Range(0, reflection.ActionCount)
            .Select(i => new { index = i, number = i + 1, inputId = $"{reflection.Id}-action-{i + 1}", maxLength = reflection.ActionMaxLength })
            .ToList(),
    };

    private static object QuizModel(Course course, Quiz quiz) => new
    {
        id = quiz.Id,
        title = quiz.Title,
        introduction = quiz.Introduction,
        passMark = quiz.PassMark,
        questions = quiz.Questions.Select((q, i) => new
        {
            id = q.Id,
            number = i + 1,
            text = q.Text,
            type = CourseData.TypeName(q.Type),
            multiple = q.Type == QuestionType.MultipleResponse,
            inputType = q.Type == QuestionType.MultipleResponse ? "checkbox" : "radio",
            options = q.Options.Select(o => new { id = o.Id.ToString(), text = o.Text, inputId = $"{q.Id}-{o.Id}" }),
            correctFeedback = q.CorrectFeedback,
            wrongFeedback = q.WrongFeedback,
            session = course.Sessions.Where(s => s.Id == q.Session.Id).Select(s => new { id = s.Id, title = s.Title }).Single(),
        }).ToList(),
    };

    private static string StripSourceMarks(string html) => SourceMarks().Replace(html, "");

    [GeneratedRegex(@"<p[^>]*>\{\{outcomes\}\}</p>")]
    private static partial Regex OutcomesPlaceholder();

    [GeneratedRegex(@" data-sb-(?:line|src)=""[^""]*""")]
    private static partial Regex SourceMarks();
}
