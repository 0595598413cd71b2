namespace ScormBuilder.Tests.Hostile;

internal static partial class HostileCorpus
{
    /// <summary>
    /// A spec that adds a scenario whose intro (line 5), node text (line 10), consequence (line 15), and good
    /// ending's debrief (line 23) are each <paramref name="markup"/>, where <paramref name="slot"/> names which.
    /// </summary>
    private static string WithScenario(string slot, string markup)
    {
        string Text(string name, string plain) => name == slot ? markup : plain;
        return $"""
            @@ replace course.yaml
              - quiz.yaml
            @@ with
              - scenarios/call.yaml
              - quiz.yaml
            @@ write scenarios/call.yaml
            id: sc-call
            title: A difficult call
            outcomes: [lo-one]
            intro: |
              {Text("intro", "A relative calls the ward.")}
            start: n-call
            nodes:
              - id: n-call
                text: |
                  {Text("text", "They ask for test results.")}
                choices:
                  - text: Check who they are first
                    goto: e-good
                    consequence: |
                      {Text("consequence", "You ask for their details.")}
                  - text: Read the results out
                    goto: e-poor
              - id: e-good
                ending: good
                text: You checked first.
                debrief: |
                  {Text("debrief", "Confidentiality comes first.")}
              - id: e-poor
                ending: bad
                text: You shared results with a stranger.
                debrief: Check identity before sharing anything.
            """;
    }
}
