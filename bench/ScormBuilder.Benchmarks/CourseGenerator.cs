using System.Globalization;
using System.Text;

namespace ScormBuilder.Benchmarks;

/// <summary>
/// Writes a synthetic course of a given size, valid by every build rule, for timing the pipeline on inputs
/// far larger than the real one. The text is filler; the structure (links, outcomes, quiz) is real.
/// </summary>
public sealed class CourseGenerator(int sessions, int questions, int caseStudies)
{
    private static readonly string[] s_words =
        "post share check think privacy audience colleague standard guidance public trust record learning network evidence confidential professional boundary employer policy".Split(' ');

    public void Write(string directory)
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        foreach (var folder in new[] { "pages", "sessions", "case-studies" })
        {
            Directory.CreateDirectory(Path.Combine(directory, folder));
        }

        var parts = new List<string> { "pages/welcome.md" };
        WritePage(directory, "welcome", "Welcome", "This generated course measures the build.\n\n{{outcomes}}\n");
        for (var c = 1; c <= caseStudies; c++)
        {
            File.WriteAllText(Path.Combine(directory, $"case-studies/case-{c}.md"),
                $"---\nid: case-{c}\ntitle: Case study {c}\ncredit: Generated.\n---\n## What happened\n\n{Paragraph(c, 60)}\n\n## Questions\n\n- {Paragraph(c + 1, 12)}\n");
        }

        for (var s = 1; s <= sessions; s++)
        {
            var path = $"sessions/{s:D3}-session.md";
            parts.Add(path);
            var link = $"../case-studies/case-{(s - 1) % caseStudies + 1}.md";
            File.WriteAllText(Path.Combine(directory, path),
                $"---\nid: s-{s}\ntitle: Session {s}\nsummary: {Paragraph(s, 8)}\nduration_minutes: 5\noutcomes: [lo-{s % 4 + 1}]\n---\n" +
                $"## Overview\n\n{Paragraph(s, 90)} See [the case study]({link}).\n\n## Detail\n\n{Paragraph(s + 7, 120)}\n\n" +
                $"- {Paragraph(s + 1, 10)}\n- {Paragraph(s + 2, 10)}\n\n### Try it\n\n{Paragraph(s + 3, 50)} Back to [the overview](#overview).\n");
        }

        parts.AddRange(Enumerable.Range(1, caseStudies).Select(c => $"case-studies/case-{c}.md"));
        parts.Add("quiz.yaml");
        WriteQuiz(directory);
        File.WriteAllText(Path.Combine(directory, "course.yaml"),
            $"id: generated-{sessions}\ntitle: Generated course ({sessions} sessions)\nversion: 1.0.0\nlanguage: en-GB\n" +
            "description: A synthetic course for benchmarks.\nauthors: [Benchmark]\nduration_minutes: 600\noutcomes:\n" +
            string.Concat(Enumerable.Range(1, 4).Select(o => $"  - id: lo-{o}\n    text: Outcome {o}.\n")) +
            "parts:\n" + string.Concat(parts.Select(p => $"  - {p}\n")) + "mastery_score: 80\n");
    }

    private void WriteQuiz(string directory)
    {
        // No SCORM 1.2 suspend_data holds in-progress answers to hundreds of questions.
        var quiz = new StringBuilder("id: quiz\ntitle: Quiz\npass_mark: 80\nsave_answers: false\nquestions:\n");
        for (var q = 1; q <= questions; q++)
        {
            var session = (q - 1) % sessions + 1;
            quiz.Append(CultureInfo.InvariantCulture, $"  - id: q-{q}\n    session: s-{session}\n    outcomes: [lo-{q % 4 + 1}]\n    text: {Paragraph(q, 12)}?\n");
            switch (q % 3)
            {
                case 0:
                    quiz.Append("    type: true-false\n    answer: true\n");
                    break;
                case 1:
                    quiz.Append("    type: single-choice\n    options:\n      - { id: a, text: First }\n      - { id: b, text: Second, correct: true }\n      - { id: c, text: Third }\n");
                    break;
                default:
                    quiz.Append("    type: multiple-response\n    options:\n      - { id: a, text: First, correct: true }\n      - { id: b, text: Second, correct: true }\n      - { id: c, text: Third }\n      - { id: d, text: Fourth }\n");
                    break;
            }

            quiz.Append("    feedback:\n      correct: Right.\n      wrong: Not quite.\n");
        }

        File.WriteAllText(Path.Combine(directory, "quiz.yaml"), quiz.ToString());
    }

    private static void WritePage(string directory, string id, string title, string body) =>
        File.WriteAllText(Path.Combine(directory, $"pages/{id}.md"), $"---\nid: {id}\ntitle: {title}\n---\n{body}");

    private static string Paragraph(int seed, int words)
    {
        var text = new StringBuilder();
        for (var i = 0; i < words; i++)
        {
            text.Append(i == 0 ? "" : " ").Append(s_words[(seed * 7 + i * 13) % s_words.Length]);
        }

        return char.ToUpperInvariant(text[0]) + text.ToString(1, text.Length - 1) + ".";
    }
}
