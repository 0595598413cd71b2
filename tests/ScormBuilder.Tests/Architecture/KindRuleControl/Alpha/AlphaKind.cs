using ScormBuilder.Tests.Architecture.KindRuleControl.Beta;

namespace ScormBuilder.Tests.Architecture.KindRuleControl.Alpha;

/// <summary>A kind that breaks the rule on purpose: it uses another kind's class.</summary>
internal sealed class AlphaKind
{
    public string Describe() => new BetaKind().Describe();
}
