using ScormBuilder.Tests.Architecture.KindRuleControl.Shared;

namespace ScormBuilder.Tests.Architecture.KindRuleControl.Beta;

/// <summary>A kind that keeps the rule: what it has in common with others it takes from the shared folder.</summary>
internal sealed class BetaKind
{
    public string Describe() => new SharedPiece().Name;
}
