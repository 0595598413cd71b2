using ScormBuilder.Diagnostics;
using ScormBuilder.Loading;
using ScormBuilder.Model;
using ScormBuilder.Packaging;

namespace ScormBuilder.Validation;

/// <summary>Validate: the rules that span files — unique ids, answerable questions, coverage, media.</summary>
public sealed class CourseValidator
{
    public void Validate(Course course, CourseFolder folder, DiagnosticBag diagnostics)
    {
        CheckIdsAreUnique(course, diagnostics);
        CheckQuiz(course, diagnostics);
        CheckOutcomeCoverage(course, diagnostics);
        CheckCaseStudiesAreLinked(course, diagnostics);
        CheckMedia(course, folder, diagnostics);
        new SuspendDataBudget().Check(course, diagnostics);
    }

    private static void CheckIdsAreUnique(Course course, DiagnosticBag diagnostics)
    {
        // One namespace for every id: they become HTML ids on the same page and keys in saved progress.
        var seen = new Dictionary<string, SourceLocation>(StringComparer.OrdinalIgnoreCase);
        var ids = course.Outcomes.Select(o => (o.Id, o.Location))
            .Concat(course.Parts.Select(p => (p.Id, Location: p.IdLocation)))
            .Concat(course.Sessions.Where(s => s.Transcript is not null).Select(s => (s.Transcript!.Id, Location: s.Transcript.IdLocation)))
            .Concat(course.Parts.OfType<Quiz>().SelectMany(q => q.Questions).Select(q => (q.Id, q.Location)))
            .Concat(course.Parts.OfType<Reflection>().SelectMany(r => r.Prompts).Select(p => (p.Id, p.Location)));
        foreach (var (id, location) in ids)
        {
            if (!seen.TryAdd(id, location))
            {
                var first = seen[id];
                diagnostics.Error(DiagnosticCodes.DuplicateId, location,
                    $"The id '{id}' is already used at {first}. Ids must be unique in the whole course (ignoring case); rename one.");
            }
        }
    }

    private static void CheckQuiz(Course course, DiagnosticBag diagnostics)
    {
        var quiz = course.Quiz;
        if (course.MasteryScore is { } mastery && quiz is not null && mastery != quiz.PassMark)
        {
            diagnostics.Error(DiagnosticCodes.MasteryScoreMismatch, course.MasteryScoreLocation,
                $"mastery_score is {mastery} but the quiz's pass_mark is {quiz.PassMark}. The LMS would judge pass or fail differently from the course; make them equal.");
        }

        if (quiz is null)
        {
            return;
        }

        if (quiz.Questions.Count == 0)
        {
            diagnostics.Error(DiagnosticCodes.MissingKey, quiz.IdLocation, "The quiz has no questions. Add at least one under 'questions:'.");
        }

        var sessionIds = course.Sessions.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var question in quiz.Questions)
        {
            CheckAnswers(question, diagnostics);
            if (!sessionIds.Contains(question.Session.Id))
            {
                diagnostics.Error(DiagnosticCodes.UnknownSession, question.Session.Location,
                    $"Question '{question.Id}' names session '{question.Session.Id}', which does not exist.{Suggest.DidYouMean(question.Session.Id, sessionIds)} Sessions: {string.Join(", ", sessionIds)}.");
            }
        }
    }

    private static void CheckAnswers(Question question, DiagnosticBag diagnostics)
    {
        if (question.Type == QuestionType.TrueFalse)
        {
            return;
        }

        if (question.Options.Count < 2)
        {
            diagnostics.Error(DiagnosticCodes.TooFewOptions, question.Location,
                $"Question '{question.Id}' has {question.Options.Count} option(s). Give it at least two.");
        }

        foreach (var duplicate in question.Options.GroupBy(o => o.Id).Where(g => g.Count() > 1))
        {
            diagnostics.Error(DiagnosticCodes.DuplicateId, duplicate.Last().Location,
                $"Option id '{duplicate.Key}' is used twice in question '{question.Id}'. Give each option its own letter.");
        }

        var correct = question.CorrectOptions.Count();
        if (correct == 0)
        {
            diagnostics.Error(DiagnosticCodes.WrongCorrectAnswerCount, question.Location,
                $"Question '{question.Id}' has no correct answer. Mark the right option(s) with 'correct: true'.");
        }
        else if (question.Type == QuestionType.SingleChoice && correct > 1)
        {
            diagnostics.Error(DiagnosticCodes.WrongCorrectAnswerCount, question.Location,
                $"Single-choice question '{question.Id}' has {correct} correct options. Keep one, or make it 'multiple-response'.");
        }
    }

    private static void CheckOutcomeCoverage(Course course, DiagnosticBag diagnostics)
    {
        var outcomeIds = course.Outcomes.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        var questions = course.Quiz?.Questions ?? [];
        var references = course.Sessions.SelectMany(s => s.Outcomes).Concat(questions.SelectMany(q => q.Outcomes));
        foreach (var reference in references.Where(r => !outcomeIds.Contains(r.Id)))
        {
            diagnostics.Error(DiagnosticCodes.UnknownOutcome, reference.Location,
                $"'{reference.Id}' is not a learning outcome in course.yaml.{Suggest.DidYouMean(reference.Id, outcomeIds)}");
        }

        var taught = course.Sessions.SelectMany(s => s.Outcomes).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var assessed = questions.SelectMany(q => q.Outcomes).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var outcome in course.Outcomes)
        {
            if (!taught.Contains(outcome.Id))
            {
                diagnostics.Error(DiagnosticCodes.OutcomeNotTaught, outcome.Location,
                    $"No session teaches outcome '{outcome.Id}'. Add it to the 'outcomes:' of the session that covers it.");
            }

            if (course.Quiz is not null && !assessed.Contains(outcome.Id))
            {
                diagnostics.Error(DiagnosticCodes.OutcomeNotAssessed, outcome.Location,
                    $"No quiz question assesses outcome '{outcome.Id}'. Add it to the 'outcomes:' of a question that tests it.");
            }
        }
    }

    private static void CheckCaseStudiesAreLinked(Course course, DiagnosticBag diagnostics)
    {
        var linked = course.Sessions
            .SelectMany(s => s.Body.Links)
            .Where(l => !l.IsExternal)
            .Select(l => l.Target)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var caseStudy in course.Parts.OfType<CaseStudy>().Where(c => !linked.Contains(c.SourcePath)))
        {
            diagnostics.Error(DiagnosticCodes.CaseStudyNotLinked, caseStudy.IdLocation,
                $"No session links to case study '{caseStudy.Id}'. Link it from the session it illustrates, e.g. [{caseStudy.Title}](../{caseStudy.SourcePath}).");
        }
    }

    private static void CheckMedia(Course course, CourseFolder folder, DiagnosticBag diagnostics)
    {
        foreach (var (path, location) in MediaReferences(course))
        {
            if (!MediaTypes.IsSupported(path))
            {
                diagnostics.Error(DiagnosticCodes.UnsupportedMediaType, location,
                    $"'{path}' is not a media type the package can carry. Use one of: {string.Join(" ", MediaTypes.Extensions)}.");
            }
            else if (!folder.Exists(path))
            {
                diagnostics.Error(DiagnosticCodes.MediaFileMissing, location,
                    $"Media file '{path}' does not exist. Add it to the course folder, or fix the path.");
            }
            else if (!PackagePaths.IsClean(path))
            {
                diagnostics.Error(DiagnosticCodes.InvalidPackagePath, location,
                    $"'{path}' cannot go into the package as it is named: {PackagePaths.Rule}. Rename the file.");
            }
        }
    }

    /// <summary>Every non-Markdown file the course refers to, with the place it is named.</summary>
    internal static IEnumerable<(string Path, SourceLocation Location)> MediaReferences(Course course)
    {
        foreach (var session in course.Sessions)
        {
            if (session.Video is { } video)
            {
                yield return (video.File, video.Location);
                if (video.Captions is { } captions)
                {
                    yield return (captions, video.Location);
                }
            }
        }

        var bodies = course.Parts.Select(BodyOf).OfType<MarkdownSource>()
            .Concat(course.Sessions.Select(s => s.Transcript?.Body).OfType<MarkdownSource>());
        foreach (var link in bodies.SelectMany(b => b.Links))
        {
            if (!link.IsExternal && !link.Target.EndsWith(".md", StringComparison.Ordinal))
            {
                yield return (link.Target, link.Location);
            }
        }
    }

    internal static MarkdownSource? BodyOf(Part part) => part switch
    {
        Page page => page.Body,
        Session session => session.Body,
        CaseStudy caseStudy => caseStudy.Body,
        Reflection reflection => reflection.Body,
        CpdRecord record => record.Body,
        _ => null,
    };
}
