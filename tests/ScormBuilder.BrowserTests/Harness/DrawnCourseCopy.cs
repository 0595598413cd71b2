using System.Text.RegularExpressions;

namespace ScormBuilder.BrowserTests.Harness;

/// <summary>
/// Turns a copy of the product's course into one that draws and has a required scenario, as the course may at any
/// time: every question in one of two pools, about half drawn per attempt, a matching and an ordering question
/// drawn every time, and a small required scenario after session 3.
/// A quiz that already draws is left as it is.
/// </summary>
public static partial class DrawnCourseCopy
{
    public const string ScenarioId = "sc-harness-reply";

    private const string ScenarioYaml = $"""
        id: {ScenarioId}
        title: "Practice: a reply in public"
        required: true
        intro: |
          A service user comments on a post of yours and asks about their treatment.
        start: n-comment
        nodes:
          - id: n-comment
            text: The comment names their condition and asks when their next appointment is.
            choices:
              - text: Answer in the comments
                goto: e-public
                consequence: Everyone who can see the post can now read about their care.
              - text: Think before replying
                goto: n-think
          - id: n-think
            text: You want to help without discussing their care in public.
            choices:
              - text: Reply with the clinic's contact details only
                goto: e-private
              - text: Send them a private message from your own account
                goto: e-blurred
          - id: e-private
            ending: good
            text: You point them to the proper channel and say nothing about their care.
            debrief: Keep care out of public threads, and keep professional boundaries.
          - id: e-blurred
            ending: bad
            text: You are now in a private chat with a service user on your personal account.
            debrief: Use your employer's channels, not your own account.
          - id: e-public
            ending: bad
            text: Details of their care are now public.
            debrief: Confidentiality applies online too.

        """;

    // Always drawn (a pool of two, both drawn), so that the harness answers both kinds in every attempt.
    private const string MatchingAndOrdering = """

          - id: q-harness-match
            type: matching
            session: s3-standards
            outcomes: [lo-standards]
            pool: practice
            text: Match each action with the standard it meets.
            pairs:
              - { id: 1, item: Checking a post before sharing it, target: a }
              - { id: 2, item: Keeping a service user's details private, target: b }
            targets:
              - { id: a, text: Responsible use of social media }
              - { id: b, text: Confidentiality }
              - { id: c, text: Upskilling }
            feedback: { correct: "Yes.", wrong: "Checking is responsible use; privacy is confidentiality." }

          - id: q-harness-order
            type: ordering
            session: s3-standards
            outcomes: [lo-standards]
            pool: practice
            text: Put the steps after a confidentiality breach in order.
            items:
              - { id: a, text: Remove the post }
              - { id: b, text: Tell your manager }
              - { id: c, text: Report it through the incident process }
            feedback: { correct: "Yes.", wrong: "Remove it, tell your manager, then report it." }

        """;

    public static void Edit(CourseCopy copy)
    {
        var quiz = File.ReadAllText(copy.PathOf("quiz.yaml"));
        if (!DrawLine().IsMatch(quiz))
        {
            var n = 0;
            var pooled = QuestionStart().Replace(quiz, match => $"{match.Value}    pool: {(n++ % 2 == 0 ? "first" : "second")}\n");
            var perPool = Math.Max(1, n / 4);
            var draw = $"draw:\n  - {{ pool: first, count: {perPool} }}\n  - {{ pool: second, count: {perPool} }}\n  - {{ pool: practice, count: 2 }}\n";
            copy.Write("quiz.yaml", PassMarkLine().Replace(pooled, line => line.Value + draw, 1).TrimEnd('\n') + "\n" + MatchingAndOrdering);
        }

        Directory.CreateDirectory(copy.PathOf("scenarios"));
        copy.Write($"scenarios/{ScenarioId}.yaml", ScenarioYaml);
        copy.Replace("course.yaml", "  - sessions/03-standards.md\n", $"  - sessions/03-standards.md\n  - scenarios/{ScenarioId}.yaml\n");
    }

    [GeneratedRegex(@"^draw:", RegexOptions.Multiline)]
    private static partial Regex DrawLine();

    [GeneratedRegex(@"^  - id: [\w-]+\n", RegexOptions.Multiline)]
    private static partial Regex QuestionStart();

    [GeneratedRegex(@"^pass_mark: .*\n", RegexOptions.Multiline)]
    private static partial Regex PassMarkLine();
}
