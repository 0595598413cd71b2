using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Hostile;

internal static partial class HostileCorpus
{
    // Class 4: what a file can be swapped for between a check and its use. The build opens each file once and
    // checks the open handle, so these are the states a swap can leave; each must be refused without blocking.
    // The races themselves are SandboxRaceTests (40 builds) and PreviewSandboxTests (a swap after a good build).
    private static HostileCase[] Class04 =>
    [
        new(4, "a media image is a FIFO", "",
            HostileOutcome.Refused("SB1019", "sessions/01-intro.md(12,1)"), c => Fifo(c, "media/diagram.png")),
        new(4, "captions are a FIFO", "",
            HostileOutcome.Refused("SB1019", "sessions/02-summary.md(8,9)"), c => Fifo(c, "media/summary.vtt")),
        new(4, "a video is a FIFO", "",
            HostileOutcome.Refused("SB1019", "sessions/02-summary.md(8,9)"), c => Fifo(c, "media/summary.mp4")),
        new(4, "a media image links to a FIFO inside the course", "",
            HostileOutcome.Refused("SB1019", "sessions/01-intro.md(12,1)"), c => { Fifo(c, "media/pipe"); Replace(c, "media/diagram.png", "pipe"); }),
        new(4, "a media image links to a FIFO outside", "",
            HostileOutcome.Refused("SB1008", "sessions/01-intro.md(12,1)"), c =>
            {
                MakeFifo(Path.Combine(Outside(c), "pipe"));
                Replace(c, "media/diagram.png", Path.Combine(Outside(c), "pipe"));
            }),
        new(4, "a media image is a socket", "@@ delete media/diagram.png\n@@ socket media/diagram.png",
            HostileOutcome.Refused("SB1019", "sessions/01-intro.md(12,1)")),
        new(4, "a media image is a folder", "",
            HostileOutcome.Refused("SB1019", "sessions/01-intro.md(12,1)"), c => { File.Delete(c.PathOf("media/diagram.png")); Directory.CreateDirectory(c.PathOf("media/diagram.png")); }),
        new(4, "a media image links to /dev/zero", "",
            HostileOutcome.Refused("SB1008", "sessions/01-intro.md(12,1)"), c => Replace(c, "media/diagram.png", "/dev/zero")),
        new(4, "a media image links to /dev/zero through a linked folder", "",
            HostileOutcome.Refused("SB1008", "sessions/01-intro.md(12,1)"), c => { Link(c, "media/dev", "/dev"); Replace(c, "media/diagram.png", "dev/zero"); }),
        new(4, "course.yaml is a FIFO", "",
            HostileOutcome.Refused("SB1019", "course.yaml"), c => Fifo(c, "course.yaml")),
        new(4, "a session is a FIFO", "",
            HostileOutcome.Refused("SB1019", "sessions/01-intro.md"), c => Fifo(c, "sessions/01-intro.md")),
        new(4, "a case study is a FIFO", "",
            HostileOutcome.Refused("SB1019", "case-studies/alex.md"), c => Fifo(c, "case-studies/alex.md")),
        new(4, "tracking.lock is a FIFO", "",
            HostileOutcome.Refused("SB1019", "tracking.lock"), c => Fifo(c, "tracking.lock")),
        new(4, "a transcript is a FIFO", "",
            HostileOutcome.Refused("SB1019", "transcripts/summary.md"), c => Fifo(c, "transcripts/summary.md")),
        TemplateCase(4, "a template asset is a FIFO",
            HostileOutcome.Refused("SB1019", "../templates/assets/course.css"), c => MakeFifo(Path.Combine(c.Root, "templates/assets/course.css"))),
        TemplateCase(4, "the layout template is a FIFO",
            HostileOutcome.Refused("SB1019", "../templates/layout.sbn-html"), c => MakeFifo(Path.Combine(c.Root, "templates/layout.sbn-html"))),
        TemplateCase(4, "a runtime module is a FIFO",
            HostileOutcome.Refused("SB1019", "../templates/runtime/main.js"), c => MakeFifo(Path.Combine(c.Root, "templates/runtime/main.js"))),
    ];

    // Swaps a course file for a FIFO: opening it the ordinary way would wait for a writer forever.
    private static void Fifo(TempCourse course, string relative) => MakeFifo(course.PathOf(relative));

    internal static void MakeFifo(string path)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }

        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }
}
