namespace ScormBuilder.Tests.Kinds.Quizzes.ItemWriting;

/// <summary>
/// Each item-writing check on a quiz it finds nothing in (<see cref="LintCourse"/>), broken one way: the check warns
/// at the question's line (or once, at the quiz's, for the bank's patterns), and only under --lint.
/// </summary>
public sealed class ItemWritingTests : IDisposable
{
    private readonly LintCourse _course = new();

    public void Dispose() => _course.Dispose();

    [Fact]
    public void Should_find_nothing_in_a_well_written_quiz() => Assert.Empty(_course.Findings());

    [Fact]
    public void Should_warn_when_the_key_is_the_longest_option_only_under_lint()
    {
        _course.Replace("Ask everyone in it, correct: true", "Ask everyone in it before you take it and again before posting, correct: true");

        Assert.Equal([$"SB2050@{_course.LineOf("q-ask")}"], _course.Findings());
        Assert.Empty(_course.Findings(lint: false));
    }

    [Fact]
    public void Should_warn_when_the_key_is_within_a_tenth_of_the_longest_option()
    {
        // The key has 41 characters, the longest distractor 43: within 10%.
        _course.Replace("Ask everyone in it, correct: true", "Ask everyone in the photo before you take, correct: true");

        Assert.Equal([$"SB2050@{_course.LineOf("q-ask")}"], _course.Findings());
    }

    [Fact]
    public void Should_warn_at_an_all_or_none_of_the_above_option()
    {
        _course.Replace("- { id: e, text: Selling }", "- { id: e, text: None of the above }");

        Assert.Equal([$"SB2051@{_course.LineOf("e, text: None")}"], _course.Findings());
    }

    [Theory]
    [InlineData("A post set to Friends is seen by friends of friends when a friend shares it.\n    answer: true", "A post set to Friends is never seen by friends of friends.\n    answer: false")]
    [InlineData("A post set to Friends is seen by", "A post set to Friends can be seen by")]
    public void Should_warn_when_a_true_false_statement_gives_its_answer_away(string statement, string cued)
    {
        _course.Replace(statement, cued);

        Assert.Equal([$"SB2052@{_course.LineOf("q-shares")}"], _course.Findings());
    }

    [Fact]
    public void Should_warn_once_when_most_multiple_response_questions_mark_most_options_right()
    {
        _course.Replace("{ id: c, text: Arguments }", "{ id: c, text: Arguments, correct: true }");
        _course.Replace("{ id: c, text: The weather }", "{ id: c, text: The weather, correct: true }");

        Assert.Equal(["SB2053@1"], _course.Findings());
    }

    [Fact]
    public void Should_not_warn_when_only_half_of_them_do()
    {
        _course.Replace("{ id: c, text: Arguments }", "{ id: c, text: Arguments, correct: true }");

        Assert.Empty(_course.Findings());
    }

    [Fact]
    public void Should_warn_once_when_more_than_a_third_of_single_choice_keys_are_the_longest()
    {
        _course.Replace("Ask everyone in it, correct: true", "Ask everyone in it before you take it and again before posting, correct: true");
        _course.Replace("Review who sees each post, correct: true", "Review who sees each post and change it for every post you write, correct: true");

        Assert.Equal(["SB2054@1", $"SB2050@{_course.LineOf("q-ask")}", $"SB2050@{_course.LineOf("q-settings")}"], _course.Findings());
    }

    [Fact]
    public void Should_warn_once_when_options_shown_as_written_keep_their_keys_in_one_position()
    {
        _course.Replace("pass_mark: 75", "pass_mark: 75\nshuffle_options: false");
        _course.Replace("- { id: b, text: Review who sees each post, correct: true }\n      - { id: c, text: Use a nickname as your display name }",
            "- { id: c, text: Use a nickname as your display name }\n      - { id: b, text: Review who sees each post, correct: true }");
        _course.Replace("- { id: b, text: Wait a day, correct: true }\n      - { id: c, text: Post it under a name nobody at work knows }",
            "- { id: c, text: Post it under a name nobody at work knows }\n      - { id: b, text: Wait a day, correct: true }");
        // q-ask keeps its key first; the other two now have theirs last: two of three in position 3.

        Assert.Equal(["SB2055@1"], _course.Findings());
    }

    [Fact]
    public void Should_warn_when_a_quiz_question_repeats_a_knowledge_check()
    {
        _course.Replace("Posts are public. Read more on [the regulator's site](https://www.example.org/guidance).", """
            Posts are public.

            ```check
            id: c-ask
            type: single-choice
            text: A colleague wants a photo of the team for the trust's page. What comes first?
            options:
              - { id: a, text: Ask everyone in it, correct: true }
              - { id: b, text: Post it and take it down if someone objects }
            feedback: { correct: Yes., wrong: Ask first. }
            ```

            """, "sessions/01-intro.md");

        Assert.Equal([$"SB2056@{_course.LineOf("q-ask")}"], _course.Findings());
    }

    [Fact]
    public void Should_warn_at_an_outcome_with_fewer_than_three_questions()
    {
        _course.Replace("outcomes: [lo-two]\n    text: You are angry", "outcomes: [lo-one]\n    text: You are angry");

        Assert.Equal([$"SB2057@{_course.LineOf("lo-two", "course.yaml")}"], _course.Findings());
    }
}
