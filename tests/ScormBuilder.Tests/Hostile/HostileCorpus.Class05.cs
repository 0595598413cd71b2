using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Hostile;

internal static partial class HostileCorpus
{
    // Nesting limit defeated by stray end tags: an end tag closes only an element of its name that is open, as the
    // browser's parser sees it, so '</x>' after '<div>' leaves the div open and 65 of them are too deep (SB1020).
    // pages/references.md has 6 lines: what is appended starts on line 7; the 65th '<div></x>' starts at column 577.
    private static HostileCase[] Class05 =>
    [
        new(5, "'<div></x>' x 20,000 on one line", "@@ append pages/references.md\n{{repeat 20000 <div></x>}}",
            HostileOutcome.Refused("SB1020", "pages/references.md(7,577)")),
        new(5, "'<div></x>' x 65 on one line, one over the limit", "@@ append pages/references.md\n{{repeat 65 <div></x>}}",
            HostileOutcome.Refused("SB1020", "pages/references.md(7,577)")),
        new(5, "'<span></b>' x 20,000: inline elements, stray end tag of another inline", "@@ append pages/references.md\n{{repeat 20000 <span></b>}}",
            HostileOutcome.Refused("SB1020", "pages/references.md(7,641)")),
        new(5, "'<div>' and '</x>' on lines of their own x 20,000", "",
            HostileOutcome.Refused("SB1020", "pages/references.md(135,1)"), Appended("pages/references.md", "<div>\n</x>\n", 20_000)),
        new(5, "20,000 stray '</div>' first, then 65 '<div>': stray end tags pay for nothing", "@@ append pages/references.md\n{{repeat 20000 </div>}}{{repeat 65 <div>}}",
            HostileOutcome.Refused("SB1020", "pages/references.md(7,120321)")),
        new(5, "'<div><p></x>' x 20,000: a void-like element between", "@@ append pages/references.md\n{{repeat 20000 <div><p></x>}}",
            HostileOutcome.Refused("SB1020", "pages/references.md(7,769)")),
        new(5, "'<div></x>' x 20,000 in a session, where reveal blocks and checks live", "@@ append sessions/01-intro.md\n{{repeat 20000 <div></x>}}",
            HostileOutcome.Refused("SB1020", "sessions/01-intro.md(21,577)")),
        new(5, "'<div></x>' x 64 on one line, at the limit, builds", "@@ append pages/references.md\n{{repeat 64 <div></x>}}",
            HostileOutcome.Builds),
        new(5, "'<div></DIV >' x 20,000: end tags that do close, in capitals, build", "@@ append pages/references.md\n{{repeat 20000 <div></DIV >}}",
            HostileOutcome.Builds),
        new(5, "'<div><span></div>' x 20,000: an end tag closing what is inside it too builds", "@@ append pages/references.md\n{{repeat 20000 <div><span></div>}}",
            HostileOutcome.Builds),
    ];

    // Appends text repeated count times to a file of the course (a spec's {{repeat}} cannot hold a line break).
    private static Action<TempCourse> Appended(string path, string text, int count) =>
        course => File.AppendAllText(course.PathOf(path), string.Concat(Enumerable.Repeat(text, count)));
}
