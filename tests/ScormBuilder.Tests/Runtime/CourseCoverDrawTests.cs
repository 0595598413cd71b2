using ScormBuilder.Diagnostics;
using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Runtime;

/// <summary>
/// The real course's bank, whose draw says 'cover: outcomes': the build proves the cover, and draw.js, given the data
/// the built page carries, asks a question on every outcome in every attempt (checked here against the model, not
/// against the lists the build wrote), while the pools' counts stay as the author set them.
/// </summary>
public sealed class CourseCoverDrawTests : IDisposable
{
    private readonly TempCourse _course = TempCourse.CopyOf(RepoPaths.Course);

    public void Dispose() => _course.Dispose();

    [Fact]
    public void Should_ask_on_every_outcome_in_every_attempt_of_the_course()
    {
        // Given the course's own pools, which its quiz requires to cover the outcomes
        var diagnostics = new DiagnosticBag();
        var model = CourseCompiler.Default.Load(_course.CourseDirectory, diagnostics);
        Assert.NotNull(model);
        var quiz = Assert.IsType<Quiz>(model.Quiz);
        Assert.NotNull(quiz.Draw.Cover);

        // When draw.js draws 400 attempts from the built page's data
        var js = RuntimeModules.Load("draw.js");
        js.Execute($"var data = {RuntimeModules.CourseJson(_course.CourseDirectory)};");
        var drawn = js.Evaluate("Array.from({ length: 400 }, (_, i) => sb.draw.questions(data.quiz, i + 1).join()).join('|')").ToString()
            .Split('|').Select(d => d.Split(',').ToHashSet(StringComparer.Ordinal)).ToList();

        // Then each asks the author's number of questions, and one on every outcome
        Assert.All(drawn, ids => Assert.Equal(quiz.AskedCount, ids.Count));
        Assert.All(model.Outcomes, outcome => Assert.All(drawn, ids =>
            Assert.Contains(quiz.Questions, q => ids.Contains(q.Id) && q.Outcomes.Any(o => o.Id == outcome.Id))));
    }
}
