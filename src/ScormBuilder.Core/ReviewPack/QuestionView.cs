using ScormBuilder.Kinds.Shared.Questions;

namespace ScormBuilder.ReviewPack;

/// <summary>
/// One question as a reviewer checks it: its stem, every option with the key marked in words (not by colour), the
/// matching or ordering key, its feedback, session, outcomes and pool, and any item-writing finding on it.
/// </summary>
internal sealed class QuestionView(ReviewContext context)
{
    /// <param name="html">Where to write it.</param>
    /// <param name="question">The question.</param>
    /// <param name="path">Its file, relative to the course folder.</param>
    /// <param name="pool">Its pool in the quiz's draw; null for a knowledge check.</param>
    /// <param name="until">The line where the next question starts, to place findings; 0 for its own line only.</param>
    public void Write(ReviewHtml html, Kinds.Shared.Questions.Question question, string path, string? pool, int until = 0)
    {
        html.Open("div", ("class", "question")).Source(path, question.Location.Line);
        html.Element("p", $"{question.Id} · {Words(question.TypeName)}", ("class", "label"));
        html.Element("p", question.Text, ("class", "stem"));
        WriteKey(html, question);
        html.Open("dl", ("class", "facts"));
        Fact(html, "Feedback when right", question.CorrectFeedback);
        Fact(html, "Feedback when wrong", question.WrongFeedback);
        Fact(html, "Session", question.Session.Id);
        Fact(html, "Outcomes", question.Outcomes.Count == 0 ? "none named" : string.Join(", ", question.Outcomes.Select(o => o.Id)));
        if (pool is not null)
        {
            Fact(html, "Pool", pool);
        }

        html.Close("dl");
        var findings = context.FindingsAt(path, question.Location.Line, Math.Max(until, question.Location.Line + 1)).ToList();
        if (findings.Count > 0)
        {
            html.Open("ul", ("class", "findings"));
            foreach (var finding in findings)
            {
                html.Element("li", $"Item-writing finding {finding.Code} (line {finding.Location.Line}): {finding.Message}");
            }

            html.Close("ul");
        }

        html.Close("div");
    }

    private static void WriteKey(ReviewHtml html, Kinds.Shared.Questions.Question question)
    {
        switch (question.Type)
        {
            case QuestionType.Matching:
                html.Element("p", "Key: each item with the target it matches.", ("class", "label")).Open("ul", ("class", "options"));
                foreach (var pair in question.Pairs)
                {
                    var target = question.Options.FirstOrDefault(o => o.Id == pair.Target)?.Text ?? pair.Target.ToString();
                    html.Element("li", $"{pair.Item} → {target}");
                }

                html.Close("ul");
                var unused = question.Options.Where(o => question.Pairs.All(p => p.Target != o.Id)).ToList();
                if (unused.Count > 0)
                {
                    html.Element("p", $"Targets no item matches: {string.Join("; ", unused.Select(o => o.Text))}");
                }

                return;
            case QuestionType.Ordering:
                html.Element("p", "Key: the items in the correct order.", ("class", "label")).Open("ol", ("class", "options"));
                foreach (var option in question.Options)
                {
                    html.Element("li", option.Text);
                }

                html.Close("ol");
                return;
            default:
                html.Open("ul", ("class", "options"));
                foreach (var option in question.Options)
                {
                    html.Open("li", option.Correct ? [("class", "key")] : []);
                    html.Element("span", option.Correct ? "[KEY] " : "[ ] ", ("class", "mark")).Text($"{option.Id}. {option.Text}");
                    html.Close("li");
                }

                html.Close("ul");
                return;
        }
    }

    private static void Fact(ReviewHtml html, string name, string value) => html.Element("dt", name).Element("dd", value);

    private static string Words(string typeName) => typeName.Replace('-', ' ');
}
