namespace ScormBuilder.Tests.Support;

/// <summary>The minimal course with a matching and an ordering question added to its quiz.</summary>
internal static class QuestionCourse
{
    public const string Questions = """
          - id: q-match
            type: matching
            session: s-intro
            text: Match each word with its meaning.
            pairs:
              - { id: 1, item: Post, target: a }
              - { id: 2, item: Share, target: b }
            targets:
              - { id: a, text: Write }
              - { id: b, text: Pass on }
              - { id: c, text: Delete }
            feedback: { correct: Yes., wrong: No. }
          - id: q-order
            type: ordering
            session: s-intro
            text: Put these in order.
            items:
              - { id: a, text: Think }
              - { id: b, text: Write }
              - { id: c, text: Post }
            feedback: { correct: Yes., wrong: No. }

        """;

    public static TempCourse Create()
    {
        var course = TempCourse.CopyOf(RepoPaths.MinimalCourse);
        File.AppendAllText(course.PathOf("quiz.yaml"), Questions);
        return course;
    }
}
