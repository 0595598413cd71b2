using ScormBuilder.Diagnostics;
using ScormBuilder.Tests.Runtime;
using ScormBuilder.Tests.Support;

namespace ScormBuilder.CourseTests;

/// <summary>
/// The real course's quiz draw: every attempt asks 15 questions and at least one on every learning outcome, and
/// each outcome has at least three questions to draw from (issue 23, "The assessment"). The draws are made by the
/// runtime's draw.js from the data the built page carries, and checked against the course model.
/// </summary>
public sealed class CourseQuizDrawTests
{
    private const int Attempts = 300;

    [Fact]
    public void Should_require_the_draw_to_cover_every_outcome()
    {
        var (_, quiz) = LoadCourse();

        Assert.NotNull(quiz.Draw.Cover);
        Assert.True(quiz.Draw.Cover.Outcomes);
        Assert.Equal(15, quiz.AskedCount);
    }

    [Fact]
    public void Should_have_at_least_three_questions_on_every_outcome()
    {
        var (course, quiz) = LoadCourse();

        Assert.All(course.Outcomes, outcome =>
        {
            var count = quiz.Questions.Count(q => q.Outcomes.Any(o => o.Id == outcome.Id));
            Assert.True(count >= 3, $"{outcome.Id} has {count} questions.");
        });
    }

    [Fact]
    public void Should_ask_fifteen_questions_and_one_on_every_outcome_in_every_attempt()
    {
        var (course, quiz) = LoadCourse();
        var js = RuntimeModules.Load("draw.js");
        js.Execute($"var data = {RuntimeModules.CourseJson(RepoPaths.Course)};");

        var drawn = js.Evaluate($"Array.from({{ length: {Attempts} }}, (_, i) => sb.draw.questions(data.quiz, i + 1).join()).join('|')")
            .ToString().Split('|').Select(d => d.Split(',').ToHashSet(StringComparer.Ordinal)).ToList();

        Assert.Equal(Attempts, drawn.Count);
        Assert.All(drawn, ids => Assert.Equal(15, ids.Count));
        Assert.All(course.Outcomes, outcome => Assert.All(drawn, ids =>
            Assert.Contains(quiz.Questions, q => ids.Contains(q.Id) && q.Outcomes.Any(o => o.Id == outcome.Id))));
    }

    private static (Model.Course Course, Quiz Quiz) LoadCourse()
    {
        var diagnostics = new DiagnosticBag();
        var course = CourseCompiler.Default.Load(RepoPaths.Course, diagnostics);
        Assert.True(course is not null, string.Join('\n', diagnostics.ToSortedList()));
        return (course, Assert.IsType<Quiz>(course.Quiz));
    }
}
