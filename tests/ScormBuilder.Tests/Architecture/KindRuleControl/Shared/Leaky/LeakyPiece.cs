using ScormBuilder.Tests.Architecture.KindRuleControl.Alpha;

namespace ScormBuilder.Tests.Architecture.KindRuleControl.Shared.Leaky;

/// <summary>A shared piece, a folder down, that breaks the rule on purpose: what kinds share must not use a kind.</summary>
internal sealed class LeakyPiece
{
    public string Describe() => new AlphaKind().Describe();
}
