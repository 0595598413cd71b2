namespace ScormBuilder.Tests.Hostile;

internal static partial class HostileCorpus
{
    // Duplicate heading ids were found by trying '-1', '-2', … from the start for every repeat: quadratic. Each
    // text now remembers its next number, so these build in linear time with the ids they always had.
    private static HostileCase[] Class06 =>
    [
        new(6, "'## A' x 20,000 (100 KB)", "", HostileOutcome.Builds, Appended("pages/references.md", "\n## A\n", 20_000)),
        new(6, "Setext headings 'A' / '---' x 20,000", "", HostileOutcome.Builds, Appended("pages/references.md", "\nA\n---\n", 20_000)),
        new(6, "Empty headings '##' x 20,000: all 'section'", "", HostileOutcome.Builds, Appended("pages/references.md", "\n##\n", 20_000)),
        new(6, "'## A' and '## A-1' alternating x 10,000: texts that collide with numbered ids", "", HostileOutcome.Builds,
            Appended("pages/references.md", "\n## A\n\n## A-1\n", 10_000)),
        new(6, "'## *A*' x 20,000: emphasis stripped to the same id", "", HostileOutcome.Builds, Appended("pages/references.md", "\n## *A*\n", 20_000)),
        new(6, "'> ## A' x 20,000: headings inside quotes", "", HostileOutcome.Builds, Appended("pages/references.md", "\n> ## A\n", 20_000)),
        new(6, "'## Welcome' x 20,000 in a session beside its own headings", "", HostileOutcome.Builds, Appended("sessions/01-intro.md", "\n## Welcome\n", 20_000)),
        new(6, "'## A' x 2 then '## B {#a-1}': an author's id taking a numbered one is still refused", "",
            HostileOutcome.Refused("SB3005", "pages/references.md(12,1)"), Appended("pages/references.md", "\n## A\n\n## A\n\n## B {#a-1}\n", 1)),
    ];
}
