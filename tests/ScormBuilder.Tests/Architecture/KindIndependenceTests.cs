using System.Reflection;
using NetArchTest.Rules;
using ScormBuilder.Tests.Architecture.KindRuleControl.Alpha;
using ScormBuilder.Tests.Architecture.KindRuleControl.Shared.Leaky;

namespace ScormBuilder.Tests.Architecture;

/// <summary>
/// A kind is its folder: one kind's namespace uses no other kind's, only what the kinds share (Kinds/Shared/), so
/// that a kind can be added, changed or removed without touching another.
/// </summary>
public sealed class KindIndependenceTests
{
    [Fact]
    public void Should_keep_each_kind_from_using_another_kind()
    {
        // Given the compiler's assembly
        var assembly = typeof(CourseCompiler).Assembly;

        // When each kind's types are checked against the other kinds
        var failing = TypesUsingAnotherKind(assembly, "ScormBuilder.Kinds");

        // Then none of them reaches into another kind
        Assert.True(failing.Count == 0, $"These use another kind's classes; share what they need through Kinds/Shared/ instead: {string.Join(", ", failing)}");
    }

    [Fact]
    public void Should_fail_on_a_kind_that_uses_another_kind()
    {
        // Given kinds in the test assembly where Alpha uses Beta's class, Beta uses only the shared folder, and a
        // shared folder's subfolder uses Alpha
        var assembly = typeof(AlphaKind).Assembly;

        // When the same rule checks them
        var failing = TypesUsingAnotherKind(assembly, "ScormBuilder.Tests.Architecture.KindRuleControl");

        // Then it names Alpha and the leaky shared piece, and nothing else
        Assert.Equal([typeof(AlphaKind).FullName!, typeof(LeakyPiece).FullName!], failing);
    }

    // Every namespace right under the root but Shared is a kind: its types may use no other kind, and the shared
    // folders may use no kind at all.
    private static List<string> TypesUsingAnotherKind(Assembly assembly, string kindsRoot)
    {
        var shared = $"{kindsRoot}.Shared";
        var kinds = assembly.GetTypes()
            .Select(t => t.Namespace)
            .OfType<string>()
            .Where(ns => ns.StartsWith(kindsRoot + ".", StringComparison.Ordinal))
            .Select(ns => $"{kindsRoot}.{ns[(kindsRoot.Length + 1)..].Split('.')[0]}")
            .Where(ns => ns != shared)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

        var failing = new List<string>();
        foreach (var owner in kinds.Append(shared))
        {
            var others = kinds.Where(k => k != owner).ToArray();
            var result = Types.InAssembly(assembly).That().ResideInNamespace(owner).Should().NotHaveDependencyOnAny(others).GetResult();
            failing.AddRange((result.FailingTypes ?? []).Select(t => t.FullName));
        }

        return failing;
    }
}
