using ScormBuilder.Kinds.Checks;
using ScormBuilder.Kinds.Quizzes;

namespace ScormBuilder.ReviewPack;

/// <summary>The quiz's whole bank (not one attempt's draw), what each attempt draws, then every knowledge check.</summary>
internal sealed class QuestionBankPart(ReviewContext context)
{
    public void Write(ReviewHtml html)
    {
        var view = new QuestionView(context);
        if (context.Course.Quiz is { } quiz)
        {
            html.Element("h3", $"Quiz: {quiz.Title}");
            html.Element("p", DrawText(quiz));
            var questions = quiz.Questions;
            for (var i = 0; i < questions.Count; i++)
            {
                var until = i + 1 < questions.Count ? questions[i + 1].Location.Line : int.MaxValue;
                view.Write(html, questions[i], quiz.SourcePath, quiz.Draw.PoolOf(questions[i]), until);
            }
        }
        else
        {
            html.Element("p", "The course has no quiz.");
        }

        var checks = context.Course.Parts.SelectMany(p => p.Bodies).SelectMany(b => b.Blocks.OfType<KnowledgeCheck>().Select(c => (Body: b, Check: c))).ToList();
        html.Element("h3", $"Knowledge checks ({checks.Count})");
        html.Element("p", "Each is also shown where it is asked, in the course text.");
        foreach (var (body, check) in checks)
        {
            view.Write(html, check.Question, body.Path, pool: null);
        }
    }

    private static string DrawText(Quiz quiz)
    {
        var draw = quiz.Draw.Draws.Count == 0
            ? $"Every attempt asks all {quiz.Questions.Count} questions."
            : $"Each attempt asks {quiz.AskedCount} of {quiz.Questions.Count} questions: " +
              string.Join(", ", quiz.Draw.Draws.Select(d => d.Pool is null ? $"{d.Count} from the whole bank" : $"{d.Count} from pool {d.Pool}")) + ".";
        var cover = quiz.Draw.Cover is { } c
            ? $" The draw covers {(c.Outcomes && c.Sessions ? "every outcome and every session" : c.Outcomes ? "every outcome" : "every session")} in every attempt."
            : "";
        return $"{draw}{cover} Pass mark {quiz.PassMark}%.";
    }
}
