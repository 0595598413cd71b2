using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using ScormBuilder.Diagnostics;
using ScormBuilder.Loading;
using ScormBuilder.Model;
using ScormBuilder.Validation;

namespace ScormBuilder.Rendering;

/// <summary>
/// Render: every part through its Scriban partial into one page, index.html, that holds the whole course so
/// that moving between parts never unloads the document that owns the LMS session.
/// </summary>
public sealed partial class SiteRenderer(TemplateSet templates)
{
    public const string PageFile = "index.html";

    public RenderedSite? Render(Course course, CourseFolder folder, DiagnosticBag diagnostics)
    {
        var markdown = new MarkdownHtml(SourceIds(course));
        var context = new HtmlTemplateContext(templates.Loader);
        var failures = new HashSet<(SourceLocation, string)>();
        var sessionNumber = 0;
        var parts = new ScriptArray();
        foreach (var part in course.Parts)
        {
            ScriptObject model = part switch
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
                    $"The templates have no partials/{part.Kind}{TemplateSet.Extension}, which this part needs. Copy it from ScormBuilder's own templates/ folder.");
                failures.Add((part.IdLocation, part.Kind));
                continue;
            }

            var partHtml = Apply(ref context, partial, model, part, failures, diagnostics);
            parts.Add(new ScriptObject
            {
                ["id"] = part.Id, ["kind"] = part.Kind, ["title"] = part.Title, ["html"] = partHtml is null ? null : new RawHtml(partHtml),
            });
        }

        var layout = new ScriptObject
        {
            ["course"] = new ScriptObject
            {
                ["title"] = course.Title, ["language"] = course.Language, ["description"] = course.Description, ["version"] = course.Version,
            },
            ["parts"] = parts,
            ["required_count"] = course.Parts.Count(p => p.Required),
            ["data_json"] = new RawHtml(CourseData.ToJson(course)),
        };
        var html = Apply(ref context, templates.Layout, layout, null, failures, diagnostics);
        // The page of a failed render is incomplete: checking it would only add errors that follow from the first.
        if (html is null || failures.Count > 0)
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

    private string? Apply(ref HtmlTemplateContext context, Template template, ScriptObject model, Part? part,
        HashSet<(SourceLocation, string)> failures, DiagnosticBag diagnostics)
    {
        context.PushGlobal(model);
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            // The same mistake in a partial fails every part of its kind; it is reported once, at the first.
            var where = TemplateSet.LocationOf(e.Span);
            if (failures.Add((where, e.OriginalMessage)))
            {
                var rendering = part is null ? "the page" : $"part '{part.Id}' ({part.SourcePath})";
                diagnostics.Error(DiagnosticCodes.TemplateError, where,
                    $"The template failed while rendering {rendering}: {e.OriginalMessage.TrimEnd('.')}. Fix the template: the values each template gets are listed in the README (Templates).");
            }

            // A render that stopped half-way leaves the context's scopes and outputs pushed; the next part starts clean.
            context = new HtmlTemplateContext(templates.Loader);
            return null;
        }
        finally
        {
            if (context.CurrentGlobal == model)
            {
                context.PopGlobal();
            }
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

    private static ScriptObject PageModel(Course course, Page page, MarkdownHtml markdown) => new()
    {
        ["id"] = page.Id,
        ["title"] = page.Title,
        ["body"] = new RawHtml(OutcomesPlaceholder().Replace(markdown.Render(page.Body), _ => OutcomeList(course))),
    };

    private static string OutcomeList(Course course) =>
        "<ul class=\"sb-outcomes\">\n" +
        string.Concat(course.Outcomes.Select(o => $"<li>{WebUtility.HtmlEncode(o.Text)}</li>\n")) +
        "</ul>";

    private static ScriptObject SessionModel(Course course, Session session, int number, MarkdownHtml markdown) => new()
    {
        ["id"] = session.Id,
        ["title"] = session.Title,
        ["number"] = number,
        ["summary"] = session.Summary,
        ["duration"] = session.DurationMinutes is > 0 ? session.DurationMinutes : null,
        ["language"] = course.Language,
        ["body"] = new RawHtml(markdown.Render(session.Body)),
        ["video"] = session.Video is { } video ? new ScriptObject { ["src"] = video.File, ["captions"] = TemplateValues.Text(video.Captions) } : null,
        ["transcript"] = session.Transcript is { } transcript
            ? new ScriptObject { ["id"] = transcript.Id, ["title"] = transcript.Title, ["body"] = new RawHtml(markdown.RenderNested(transcript.Body)) }
            : null,
    };

    private static ScriptObject CaseStudyModel(CaseStudy caseStudy, MarkdownHtml markdown) => new()
    {
        ["id"] = caseStudy.Id,
        ["title"] = caseStudy.Title,
        ["summary"] = TemplateValues.Text(caseStudy.Summary),
        ["credit"] = TemplateValues.Text(caseStudy.Credit),
        ["body"] = new RawHtml(markdown.Render(caseStudy.Body)),
    };

    private static ScriptObject ReflectionModel(Reflection reflection, MarkdownHtml markdown) => new()
    {
        ["id"] = reflection.Id,
        ["title"] = reflection.Title,
        ["body"] = new RawHtml(markdown.Render(reflection.Body)),
        ["prompts"] = TemplateValues.List(reflection.Prompts, p => new ScriptObject
        {
            ["id"] = p.Id, ["text"] = p.Text, ["hint"] = TemplateValues.Text(p.Hint), ["max_length"] = p.MaxLength, ["input_id"] = $"{reflection.Id}-{p.Id}",
        }),
        ["actions"] = TemplateValues.List(Enumerable.Range(0, reflection.ActionCount), i => new ScriptObject
        {
            ["index"] = i, ["number"] = i + 1, ["input_id"] = $"{reflection.Id}-action-{i + 1}", ["max_length"] = reflection.ActionMaxLength,
        }),
    };

    private static ScriptObject QuizModel(Course course, Quiz quiz) => new()
    {
        ["id"] = quiz.Id,
        ["title"] = quiz.Title,
        ["introduction"] = TemplateValues.Text(quiz.Introduction),
        ["pass_mark"] = quiz.PassMark,
        ["questions"] = TemplateValues.List(quiz.Questions.Select((q, i) => (Question: q, Number: i + 1)), item => new ScriptObject
        {
            ["id"] = item.Question.Id,
            ["number"] = item.Number,
            ["text"] = item.Question.Text,
            ["type"] = CourseData.TypeName(item.Question.Type),
            ["multiple"] = item.Question.Type == QuestionType.MultipleResponse,
            ["input_type"] = item.Question.Type == QuestionType.MultipleResponse ? "checkbox" : "radio",
            ["options"] = TemplateValues.List(item.Question.Options, o => new ScriptObject
            {
                ["id"] = o.Id.ToString(), ["text"] = o.Text, ["input_id"] = $"{item.Question.Id}-{o.Id}",
            }),
            ["correct_feedback"] = item.Question.CorrectFeedback,
            ["wrong_feedback"] = item.Question.WrongFeedback,
            ["session"] = course.Sessions.Where(s => s.Id == item.Question.Session.Id)
                .Select(s => new ScriptObject { ["id"] = s.Id, ["title"] = s.Title }).Single(),
        }),
    };

    private static string StripSourceMarks(string html) => SourceMarks().Replace(html, "");

    [GeneratedRegex(@"<p[^>]*>\{\{outcomes\}\}</p>")]
    private static partial Regex OutcomesPlaceholder();

    [GeneratedRegex(@" data-sb-(?:line|src)=""[^""]*""")]
    private static partial Regex SourceMarks();
}
