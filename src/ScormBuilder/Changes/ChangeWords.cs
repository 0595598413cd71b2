using ScormBuilder.Releases;

namespace ScormBuilder.Cli.Changes;

/// <summary>The names a report gives kinds of block and change: one table for Markdown's headings and JSON's values.</summary>
internal static class ChangeWords
{
    public static string Name(BlockKind block) => block switch
    {
        BlockKind.Part => "part",
        BlockKind.Text => "text",
        BlockKind.Question => "question",
        BlockKind.Check => "check",
        BlockKind.ScenarioNode => "scenario-node",
        _ => "prompt",
    };

    public static string Name(ChangeKind change) => change switch
    {
        ChangeKind.Added => "added",
        ChangeKind.Removed => "removed",
        ChangeKind.Reworded => "reworded",
        _ => "key-changed",
    };

    public static string Heading(ContentChange change)
    {
        var what = change.Block switch
        {
            BlockKind.Part => "Part",
            BlockKind.Text => "Text",
            BlockKind.Question => "Question",
            BlockKind.Check => "Knowledge check",
            BlockKind.ScenarioNode => "Scenario node",
            _ => "Reflection prompt",
        };
        var how = change.Change switch
        {
            ChangeKind.Added => "added",
            ChangeKind.Removed => "removed",
            ChangeKind.Reworded => change.Block == BlockKind.Part ? "retitled" : "reworded",
            _ => change.Block == BlockKind.ScenarioNode ? "choices or ending changed" : "key changed",
        };
        return change.Id.Length > 0 && change.Block != BlockKind.Part ? $"{what} `{change.Id}` {how}" : $"{what} {how}";
    }
}
