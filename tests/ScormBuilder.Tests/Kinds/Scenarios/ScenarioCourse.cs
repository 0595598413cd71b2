using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Kinds.Scenarios;

/// <summary>The minimal test course with one branching scenario listed before the quiz. Its node ids are all six characters long.</summary>
internal static class ScenarioCourse
{
    public const string Yaml = """
        id: sc-call
        title: A difficult call
        outcomes: [lo-one]
        intro: |
          A relative calls the ward.
        start: n-call
        nodes:
          - id: n-call
            text: They ask for **test results**.
            choices:
              - text: Check who they are first
                goto: e-good
                consequence: You ask for their details.
              - text: Put them on hold
                goto: n-hold
          - id: n-hold
            text: They are still waiting.
            choices:
              - text: Pick up again
                goto: n-call
              - text: Read the results out
                goto: e-poor
          - id: e-good
            ending: good
            text: You checked first.
            debrief: |
              Confidentiality comes first.
              See [the introduction](../sessions/01-intro.md).
          - id: e-poor
            ending: bad
            text: You shared results with a stranger.
            debrief: Check identity before sharing anything.
        """;

    public static TempCourse Create(string yaml = Yaml)
    {
        var course = TempCourse.CopyOf(RepoPaths.MinimalCourse);
        course.Replace("course.yaml", "  - quiz.yaml\n", "  - scenarios/call.yaml\n  - quiz.yaml\n");
        Directory.CreateDirectory(course.PathOf("scenarios"));
        course.Write("scenarios/call.yaml", yaml + "\n");
        return course;
    }
}
