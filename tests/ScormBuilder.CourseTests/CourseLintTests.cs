using ScormBuilder.Diagnostics;
using ScormBuilder.Tests.Support;

namespace ScormBuilder.CourseTests;

/// <summary>
/// The real course with the item-writing checks on: it builds, and the lint finds nothing in it. The only warnings
/// are the two pending reviews that <see cref="CourseContentTests"/> pins (no clinician or editor has reviewed this
/// version yet); the clock is fixed before next_review, so this does not age.
/// </summary>
public sealed class CourseLintTests
{
    [Fact]
    public void Should_build_with_the_lint_on_with_no_finding_but_the_pending_reviews()
    {
        var compiler = new CourseCompiler(new CompilerPipelineBuilder().UseBuiltInKinds().UseClock(new FixedClock("2026-12-06T12:00:00Z")).Build());

        var result = compiler.Run(new BuildOptions(RepoPaths.Course, RepoPaths.Templates, OutputDirectory: null, Lint: true));

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => DiagnosticDescriptors.Find(d.Code)!.IsLint);
        Assert.All(result.Diagnostics, d => Assert.True(d.Code is DiagnosticCodes.ReviewMissing, d.ToString()));
        Assert.Equal(2, result.Diagnostics.Count(d => d.Code == DiagnosticCodes.ReviewMissing));
    }
}
