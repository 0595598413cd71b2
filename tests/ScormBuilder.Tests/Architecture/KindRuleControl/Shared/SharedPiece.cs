namespace ScormBuilder.Tests.Architecture.KindRuleControl.Shared;

/// <summary>What the control's kinds share.</summary>
internal sealed class SharedPiece
{
    public string Name => "shared";
}
