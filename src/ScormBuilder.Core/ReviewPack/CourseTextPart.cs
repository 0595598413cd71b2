using ScormBuilder.Kinds.CpdRecords;
using ScormBuilder.Kinds.Quizzes;
using ScormBuilder.Kinds.References;
using ScormBuilder.Kinds.Scenarios;
using ScormBuilder.Kinds.Sessions;
using ScormBuilder.Kinds.Shared.Prompts;

namespace ScormBuilder.ReviewPack;

/// <summary>Every text the learner sees, part by part in course order, each block under its 'file:line'.</summary>
internal sealed class CourseTextPart(ReviewContext context)
{
    public void Write(ReviewHtml html)
    {
        var body = new BodyText(context);
        var number = 0;
        foreach (var part in context.Course.Parts)
        {
            html.Open("section", ("class", "course-part"), ("id", $"part-{part.Id}"));
            html.Element("h3", $"{++number}. {part.Title}");
            html.Open("p", ("class", "label")).Text($"{part.Kind} '{part.Id}', {(part.Required ? "required" : "optional")} · ")
                .Source(part.SourcePath, part.IdLocation.Line).Close("p");
            WriteOwnFields(html, part);
            foreach (var source in BodiesShown(part))
            {
                body.Write(html, source);
            }

            WriteFollowingFields(html, part);
            WriteRemoved(html, html.Changes.RemovedFrom(part.Id));
            html.Close("section");
        }

        WriteRemoved(html, html.Changes.RemovedParts);
    }

    /// <summary>The bodies this part shows as course text: a scenario's intro (its nodes are in the scenarios part), any other part's bodies.</summary>
    public static IEnumerable<Model.MarkdownSource> BodiesShown(Model.Part part) => part switch
    {
        Scenario scenario => scenario.Intro is null ? [] : [scenario.Intro],
        ReferenceList list => new[] { list.Intro, list.Outro }.OfType<Model.MarkdownSource>(),
        _ => part.Bodies,
    };

    private static void WriteRemoved(ReviewHtml html, IReadOnlyList<string> removed)
    {
        if (removed.Count == 0)
        {
            return;
        }

        html.Open("ul", ("class", "removed"));
        foreach (var line in removed)
        {
            html.Element("li", line);
        }

        html.Close("ul");
    }

    // What a kind shows above its body.
    private static void WriteOwnFields(ReviewHtml html, Model.Part part)
    {
        switch (part)
        {
            case Session session:
                html.Element("p", $"Summary: {session.Summary}");
                if (session.Video is { } video)
                {
                    html.Open("p").Text($"Video: {video.File}{(video.Captions is null ? ", no captions" : $", captions {video.Captions}")} · ")
                        .Source(part.SourcePath, video.Location.Line).Close("p");
                }

                break;
            case Quiz quiz:
                if (quiz.Introduction is { } introduction)
                {
                    html.Element("p", introduction);
                }

                html.Element("p", $"Pass mark {quiz.PassMark}%. Every question, key and pool is in the question bank.");
                break;
            case Scenario:
                html.Element("p", "Its graph and every node's text, consequence and debrief are in the scenarios part.");
                break;
            case ReferenceList:
                html.Element("p", "Each reference, with its address, note and last check, is in the references part.");
                break;
        }
    }

    // What a kind shows below its body: a reflection's prompts, a CPD record's standards.
    private static void WriteFollowingFields(ReviewHtml html, Model.Part part)
    {
        if (part is IPromptedPart prompted)
        {
            foreach (var section in prompted.Sections)
            {
                if (section.Title is { } title)
                {
                    html.Element("h4", title);
                }

                foreach (var prompt in section.Prompts)
                {
                    html.Open("div", ("class", "block")).Source(part.SourcePath, prompt.Location.Line);
                    html.Element("p", $"Prompt: {prompt.Text}");
                    if (prompt.Hint is { } hint)
                    {
                        html.Element("p", $"Hint: {hint}");
                    }

                    html.Close("div");
                }
            }
        }

        if (part is CpdRecord record)
        {
            foreach (var standard in record.Standards)
            {
                html.Open("div", ("class", "block")).Source(part.SourcePath, standard.Location.Line);
                html.Element("p", $"Standard: {standard.Standard}").Element("p", $"How the course helps: {standard.Evidence}").Close("div");
            }

            if (record.Reminder is { } reminder)
            {
                html.Element("p", $"Reminder: {reminder}");
            }
        }
    }
}
