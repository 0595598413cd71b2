using ScormBuilder.Diagnostics;
using ScormBuilder.Tests.Support;

namespace ScormBuilder.CourseTests;

/// <summary>
/// The real course with the item-writing checks on: it builds, and what the lint finds is only item-writing
/// warnings (clearing them is the content's work, issue 23), each at a line of the course.
/// </summary>
public sealed class CourseLintTests
{
    [Fact]
    public void Should_build_with_the_lint_on_with_item_writing_warnings_only()
    {
        var result = CourseCompiler.Default.Run(new BuildOptions(RepoPaths.Course, RepoPaths.Templates, OutputDirectory: null, Lint: true));

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.All(result.Diagnostics, d => Assert.True(DiagnosticDescriptors.Find(d.Code)!.IsLint, d.ToString()));
        Assert.All(result.Diagnostics, d => Assert.True(d.Location.Line > 0, d.ToString()));
    }
}
