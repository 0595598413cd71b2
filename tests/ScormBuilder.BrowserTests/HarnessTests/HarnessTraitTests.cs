using System.Reflection;

namespace ScormBuilder.BrowserTests.HarnessTests;

/// <summary>
/// The test LMS's tests of itself carry the Harness category, so that a change elsewhere can leave them out
/// (dotnet test --filter Category!=Harness); the plain dotnet test still runs them.
/// </summary>
[Trait("Category", "Harness")]
public sealed class HarnessTraitTests
{
    [Fact]
    public void Should_put_every_harness_self_test_in_the_harness_category()
    {
        var untagged = typeof(HarnessTraitTests).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(HarnessTraitTests).Namespace && HasTests(t))
            .Where(t => !InHarnessCategory(t))
            .Select(t => t.Name);

        Assert.Empty(untagged);
    }

    // xunit's TraitAttribute keeps its name and value only as constructor arguments.
    private static bool InHarnessCategory(Type type) =>
        type.GetCustomAttributesData().Any(a => a.AttributeType == typeof(TraitAttribute)
            && a.ConstructorArguments.Select(c => c.Value as string).SequenceEqual(["Category", "Harness"]));

    private static bool HasTests(Type type) =>
        type.GetMethods().Any(m => m.GetCustomAttributes<FactAttribute>(inherit: true).Any());
}
