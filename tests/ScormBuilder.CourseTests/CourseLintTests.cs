using ScormBuilder.Diagnostics;
using ScormBuilder.Tests.Support;

namespace ScormBuilder.CourseTests;

/// <summary>
/// The real course with the item-writing checks on: it builds, and what the lint finds is only item-writing
/// warnings (clearing them is the content's work, issue 23), each at a line of the course, beside the two pending
/// reviews and the references never checked that <see cref="CourseContentTests"/> pins.
/// </summary>
public sealed class CourseLintTests
{
    [Fact]
    public void Should_build_with_the_lint_on_with_item_writing_warnings_only()
    {
        var compiler = new CourseCompiler(new CompilerPipelineBuilder().UseBuiltInKinds().UseClock(new FixedClock("2026-12-06T12:00:00Z")).Build());

        var result = compiler.Run(new BuildOptions(RepoPaths.Course, RepoPaths.Templates, OutputDirectory: null, Lint: true));
        var lintFindings = result.Diagnostics.Where(d => d.Code is not DiagnosticCodes.ReviewMissing and not DiagnosticCodes.ReferenceNeverChecked).ToList();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.NotEmpty(lintFindings);
        Assert.All(lintFindings, d => Assert.True(DiagnosticDescriptors.Find(d.Code)!.IsLint, d.ToString()));
        Assert.All(lintFindings, d => Assert.True(d.Location.Line > 0, d.ToString()));
    }
}
