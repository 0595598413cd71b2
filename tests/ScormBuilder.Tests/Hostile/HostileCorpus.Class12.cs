namespace ScormBuilder.Tests.Hostile;

internal static partial class HostileCorpus
{
    private static HostileCase[] Class12 =>
    [
    ];
}
