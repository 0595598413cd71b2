namespace ScormBuilder.Tests.Hostile;

/// <summary>
/// The hostile-input corpus: one table of every case, each class of attack in its own file beside this one
/// (HostileCorpus.ClassNN.cs), so that a class's cases sit with nothing else.
/// </summary>
internal static partial class HostileCorpus
{
    public static IReadOnlyList<HostileCase> All { get; } =
    [
        .. Class01, .. Class02, .. Class03, .. Class04, .. Class05, .. Class06, .. Class07,
        .. Class08, .. Class09, .. Class10, .. Class11, .. Class12, .. Class13, .. Class14, .. Class14Markup,
    ];
}
