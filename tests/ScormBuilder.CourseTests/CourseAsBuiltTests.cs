using ScormBuilder.Diagnostics;
using ScormBuilder.Tests.Runtime;
using ScormBuilder.Tests.Support;

namespace ScormBuilder.CourseTests;

/// <summary>
/// The flagship as the tool sees it: each YAML file names its schema, and the saved-state budget the build computes
/// is exactly the longest cmi.suspend_data the runtime's own encoder writes for it. The tool's tests check the same
/// rules on fixture courses (tests/ScormBuilder.Tests: Schemas/ModelineTests, Validation/SuspendDataBudgetTests).
/// </summary>
public sealed class CourseAsBuiltTests
{
    [Fact]
    public void Should_name_its_schema_in_every_yaml_file() => YamlModelines.AssertIn(RepoPaths.Course, 6);

    [Fact]
    public void Should_budget_exactly_the_longest_saved_state_the_runtime_writes()
    {
        var diagnostics = new DiagnosticBag();
        var course = CourseCompiler.Default.Load(RepoPaths.Course, diagnostics);
        Assert.True(course is not null, string.Join('\n', diagnostics.ToSortedList()));

        var longest = RuntimeModules.SavedState(RepoPaths.Course).Evaluate("worstCase()").ToString();

        Assert.Equal(longest.Length, CourseCompiler.Default.SavedStateWorstCase(course).Total);
    }
}
