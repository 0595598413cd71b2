using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Docs;

/// <summary>The README and every document under docs/ link only to files and headings that are there.</summary>
public sealed class DocumentLinksTests
{
    // Written by a generator rather than by hand: a link to one is checked once it is there.
    private static readonly HashSet<string> Generated = new(StringComparer.Ordinal) { "docs/diagnostics.md" };

    private static readonly string[] ByReader =
    [
        "docs/authoring.md", "docs/command-line.md", "docs/templates.md", "docs/lms.md", "docs/safety.md",
        "docs/architecture.md", "docs/benchmarks.md",
    ];

    private static IEnumerable<string> Documents(string root) =>
        new[] { "README.md" }.Concat(Directory.EnumerateFiles(Path.Combine(root, "docs"), "*.md")
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).Order(StringComparer.Ordinal));

    [Fact]
    public void Should_have_no_broken_link_or_anchor_in_the_readme_and_docs()
    {
        var documents = Documents(RepoPaths.Root).ToList();

        Assert.All(ByReader, d => Assert.Contains(d, documents));
        Assert.Empty(MarkdownLinks.Problems(RepoPaths.Root, documents, Generated));
    }

    [Fact]
    public void Should_link_from_the_readme_to_every_document_by_reader_and_to_the_diagnostics()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));

        Assert.All(ByReader.Concat(Generated), d => Assert.Contains($"]({d})", readme, StringComparison.Ordinal));
    }

    [Fact]
    public void Should_report_a_missing_file_a_missing_anchor_and_an_anchor_in_a_generated_file_not_yet_there()
    {
        var root = Directory.CreateTempSubdirectory("scormbuilder-links-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "docs"));
            File.WriteAllLines(Path.Combine(root, "docs", "guide.md"),
            [
                "# Guide", "", "## `course.yaml`", "", "## Keeping progress: `tracking.lock`", "", "## Notes", "", "## Notes",
                "", "Back to the [README](../README.md) and [its start](../README.md#readme).",
            ]);
            File.WriteAllLines(Path.Combine(root, "README.md"),
            [
                "# Readme",
                "",
                "Good: [guide](docs/guide.md), [yaml](docs/guide.md#courseyaml), [lock](docs/guide.md#keeping-progress-trackinglock),",
                "[second notes](docs/guide.md#notes-1), [here](#readme), [site](https://example.org/nowhere.md), [codes](docs/diagnostics.md).",
                "",
                "Broken: [gone](docs/gone.md), [no heading](docs/guide.md#nowhere), [no anchor here](#nowhere),",
                "[a code](docs/diagnostics.md#sb1004), [out](../outside.md).",
                "",
                "Ignored: `[in code](docs/gone.md)`.",
                "",
                "```markdown",
                "[in a fence](docs/gone.md)",
                "```",
            ]);

            var problems = MarkdownLinks.Problems(root, ["README.md", "docs/guide.md"], Generated);

            Assert.Collection(problems,
                p => Assert.StartsWith("README.md(6): 'docs/gone.md': there is no docs/gone.md", p, StringComparison.Ordinal),
                p => Assert.StartsWith("README.md(6): 'docs/guide.md#nowhere': no heading in docs/guide.md", p, StringComparison.Ordinal),
                p => Assert.StartsWith("README.md(6): '#nowhere': no heading in README.md", p, StringComparison.Ordinal),
                p => Assert.StartsWith("README.md(7): 'docs/diagnostics.md#sb1004': docs/diagnostics.md is generated", p, StringComparison.Ordinal),
                p => Assert.StartsWith("README.md(7): '../outside.md' leads out of the repository", p, StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
