namespace ScormBuilder.Tests.Hostile;

internal static partial class HostileCorpus
{
    private static string Link(string rel) => $"<a href=\"https://x.example/\" target=\"_blank\" rel=\"{rel}\">a site</a>";

    private static HostileCase[] Class10 =>
    [
        .. new[] { "opener", "OPENER", "noopener opener", "opener noreferrer", "prefetch", "stylesheet", "preload", "import" }.Select(rel =>
            new HostileCase(10, $"rel=\"{rel}\" on a link that leaves", Append("case-studies/alex.md", Link(rel)), HostileOutcome.Refused("SB3009", "case-studies/alex.md(15,"))),
        .. new[] { "noopener", "noreferrer", "nofollow", "external noopener", "" }.Select(rel =>
            new HostileCase(10, $"rel=\"{rel}\" is allowed, and the link still gets noopener noreferrer", Append("case-studies/alex.md", Link(rel)), HostileOutcome.Builds)),
        new(10, "a Markdown link to another site", Append("case-studies/alex.md", "[a site](https://x.example/)"), HostileOutcome.Builds),
        new(10, "an autolink to another site", Append("case-studies/alex.md", "<https://x.example/>"), HostileOutcome.Builds),
        new(10, "an e-mail autolink", Append("case-studies/alex.md", "<someone@example.org>"), HostileOutcome.Builds),
        new(10, "a raw mailto link", Append("case-studies/alex.md", "<a href=\"mailto:a@example.org\">mail</a>"), HostileOutcome.Builds),
        new(10, "a Markdown link with a generic rel", Append("case-studies/alex.md", "[a site](https://x.example/){rel=\"opener\"}"), HostileOutcome.Refused("SB3009", "case-studies/alex.md(15,")),
        new(10, "a raw link with target=_top", Append("case-studies/alex.md", "<a href=\"https://x.example/\" target=\"_top\">x</a>"), HostileOutcome.Refused("SB3009", "case-studies/alex.md(15,")),
        new(10, "a raw link without a target", Append("case-studies/alex.md", "<a href=\"https://x.example/\">x</a>"), HostileOutcome.Refused("SB3009", "case-studies/alex.md(15,")),
    ];
}
