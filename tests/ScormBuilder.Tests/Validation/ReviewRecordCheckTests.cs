using ScormBuilder.Diagnostics;
using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Validation;

/// <summary>
/// The review record in course.yaml: when the review date has passed, judged against the pipeline's clock so that
/// the answer does not change with the day the tests run; and what the loader makes of the record.
/// </summary>
public sealed class ReviewRecordCheckTests : IDisposable
{
    private const string Record = """
        owner: Test team
        required_reviews: [clinical]
        reviews:
          - {role: clinical, by: Dr Test Reviewer, date: 2026-11-30, version: 0.1.0}
          - {role: editorial, by: Test Editor, date: 2026-12-02, version: 0.1.0}
        next_review: 2027-12-06
        """;

    private readonly TempCourse _course = TempCourse.CopyOf(RepoPaths.MinimalCourse);

    public ReviewRecordCheckTests() => _course.Write("course.yaml", _course.Read("course.yaml") + Record + "\n");

    public void Dispose() => _course.Dispose();

    [Theory]
    [InlineData("2026-12-06T12:00:00Z")]
    [InlineData("2027-12-06T12:00:00Z")]
    public void Should_not_warn_until_the_review_date_has_passed(string now)
    {
        var result = CheckOn(now, strict: false);

        Assert.True(result.Succeeded);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Should_warn_the_day_after_the_review_date()
    {
        var result = CheckOn("2027-12-07T12:00:00Z", strict: false);

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.ReviewOverdue, DiagnosticSeverity.Warning), (warning.Code, warning.Severity));
        Assert.Contains("due for review on 2027-12-06", warning.Message, StringComparison.Ordinal);
        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Should_fail_a_strict_build_once_the_review_date_has_passed()
    {
        var result = CheckOn("2028-01-01T12:00:00Z", strict: true);

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal((DiagnosticCodes.ReviewOverdue, DiagnosticSeverity.Error), (error.Code, error.Severity));
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void Should_load_the_record_into_the_course()
    {
        var course = CourseCompiler.Default.Load(_course.CourseDirectory, new DiagnosticBag());

        Assert.NotNull(course);
        var record = course.ReviewRecord;
        Assert.Equal("Test team", record.Owner);
        Assert.Equal(new DateOnly(2027, 12, 6), record.NextReview);
        Assert.Equal(["clinical"], record.RequiredReviews.Select(r => r.Role));
        Assert.Equal(["clinical", "editorial"], record.Reviews.Select(r => r.Role));
        Assert.Equal(("Test Editor", new DateOnly(2026, 12, 2)), (record.Latest?.By, record.Latest?.Date));
    }

    private BuildResult CheckOn(string now, bool strict)
    {
        var clock = new FixedClock(now);
        var compiler = new CourseCompiler(new CompilerPipelineBuilder().UseBuiltInKinds().UseClock(clock).Build());
        return compiler.Run(new BuildOptions(_course.CourseDirectory, RepoPaths.Templates, OutputDirectory: null, Strict: strict));
    }
}
