using System.Text.RegularExpressions;

namespace ScormBuilder.Tests.Runtime;

/// <summary>
/// The runtime's central modules walk the rules each kind's module registers (sb.kinds) and name no kind
/// themselves, so a new kind touches only its own module.
/// </summary>
public sealed partial class KindNeutralModulesTests
{
    [GeneratedRegex("quiz|reflection|scenario|check|record|cpd", RegexOptions.IgnoreCase)]
    private static partial Regex KindName();

    private static string[] KindNamesIn(string module) =>
        [.. KindName().Matches(File.ReadAllText(Path.Combine(RuntimeModules.Folder, module))).Select(m => m.Value)];

    [Theory]
    [InlineData("saved-state.js")]
    [InlineData("course.js")]
    [InlineData("tracking.js")]
    [InlineData("progress.js")]
    [InlineData("store.js")]
    [InlineData("components.js")]
    [InlineData("launch.js")]
    [InlineData("local-copy.js")]
    [InlineData("navigation.js")]
    [InlineData("main.js")]
    public void Should_name_no_kind(string module) => Assert.Empty(KindNamesIn(module));

    [Fact]
    public void Should_find_a_kind_named_in_a_kind_module() => Assert.Contains("quiz", KindNamesIn("quiz.js"));
}
