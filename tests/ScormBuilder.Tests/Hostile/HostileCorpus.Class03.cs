using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Hostile;

internal static partial class HostileCorpus
{
    /// <summary>What every file outside the course holds, so a test can tell if any of it got in.</summary>
    public const string OutsideSecret = "root:x:0:0:OUTSIDE-SECRET:/root:/bin/sh";

    private static readonly string[] s_ownTemplates = ["build", "{course}", "-o", "{out}", "--templates", "{course}/../templates"];

    // Class 3: symbolic links, alone and in chains (through linked folders, relative and absolute, loops), on every
    // kind of file the build reads. Each outside file holds OutsideSecret; a refused build has no package.
    private static HostileCase[] Class03 =>
    [
        new(3, "course.yaml links to passwd through a linked folder (ln -s /etc d; ln -s d/passwd course.yaml)", "",
            HostileOutcome.Refused("SB1008", "course.yaml"), c => { Link(c, "d", Outside(c)); Replace(c, "course.yaml", "d/passwd"); }),
        new(3, "course.yaml is an absolute link to a file outside", "",
            HostileOutcome.Refused("SB1008", "course.yaml"), c => Replace(c, "course.yaml", Path.Combine(Outside(c), "passwd"))),
        new(3, "course.yaml is a relative link that climbs out with ..", "",
            HostileOutcome.Refused("SB1008", "course.yaml"), c => Replace(c, "course.yaml", "../outside/passwd")),
        new(3, "course.yaml links to a link inside that links out", "",
            HostileOutcome.Refused("SB1008", "course.yaml"), c => { Link(c, "inner.yaml", Path.Combine(Outside(c), "passwd")); Replace(c, "course.yaml", "inner.yaml"); }),
        new(3, "course.yaml goes out and comes back in (an outside hop is refused)", "",
            HostileOutcome.Refused("SB1008", "course.yaml"), c =>
            {
                File.Move(c.PathOf("course.yaml"), c.PathOf("real.yaml"));
                Link(c, "../outside/hop.yaml", c.PathOf("real.yaml"));
                Link(c, "course.yaml", "../outside/hop.yaml");
            }),
        new(3, "course.yaml links to itself", "",
            HostileOutcome.Refused("SB1008", "course.yaml"), c => Replace(c, "course.yaml", "course.yaml")),
        new(3, "course.yaml is a loop of two links", "",
            HostileOutcome.Refused("SB1008", "course.yaml"), c => { Link(c, "a.yaml", "course.yaml"); Replace(c, "course.yaml", "a.yaml"); }),
        new(3, "course.yaml is reached through 41 links inside the course", "",
            HostileOutcome.Refused("SB1008", "course.yaml"), c =>
            {
                File.Move(c.PathOf("course.yaml"), c.PathOf("l41.yaml"));
                for (var i = 0; i < 41; i++)
                {
                    Link(c, i == 0 ? "course.yaml" : $"l{i}.yaml", $"l{i + 1}.yaml");
                }
            }),
        new(3, "tracking.lock links to passwd through a linked folder", "",
            HostileOutcome.Refused("SB1008", "tracking.lock"), c => { Link(c, "d", Outside(c)); Replace(c, "tracking.lock", "d/passwd"); }),
        new(3, "tracking.lock is an absolute link out", "",
            HostileOutcome.Refused("SB1008", "tracking.lock"), c => Replace(c, "tracking.lock", Path.Combine(Outside(c), "passwd"))),
        new(3, "a page links out through a linked folder", "",
            HostileOutcome.Refused("SB1008", "course.yaml(14,5)"), c => { Link(c, "d", Outside(c)); Replace(c, "pages/welcome.md", "../d/passwd"); }),
        new(3, "the pages folder is a link to a folder outside", "",
            HostileOutcome.Refused("SB1008", "course.yaml(14,5)"), c =>
            {
                Directory.Delete(c.PathOf("pages"), recursive: true);
                Link(c, "pages", Outside(c));
                File.WriteAllText(Path.Combine(Outside(c), "welcome.md"), OutsideSecret);
            }),
        new(3, "a case study links out through two linked folders", "",
            HostileOutcome.Refused("SB1008", "course.yaml(16,5)"), c =>
            {
                Link(c, "e", "d");
                Link(c, "d", Outside(c));
                Replace(c, "case-studies/alex.md", "../e/passwd");
            }),
        new(3, "a session's transcript links out", "",
            HostileOutcome.Refused("SB1008", "sessions/02-summary.md(6,13)"), c => Replace(c, "transcripts/summary.md", Path.Combine(Outside(c), "passwd"))),
        new(3, "a media image links out through a linked folder", "",
            HostileOutcome.Refused("SB1008", "sessions/01-intro.md(12,1)"), c => { Link(c, "d", Outside(c)); Replace(c, "media/diagram.png", "../d/secret.png"); }),
        new(3, "the media folder is a link to a folder outside", "",
            HostileOutcome.Refused("SB1008", "sessions/01-intro.md(12,1)"), c =>
            {
                foreach (var file in Directory.GetFiles(c.PathOf("media")))
                {
                    File.Copy(file, Path.Combine(Outside(c), Path.GetFileName(file)));
                }

                Directory.Delete(c.PathOf("media"), recursive: true);
                Link(c, "media", Outside(c));
            }),
        new(3, "a media folder links to a linked folder that leads out (relative chain)", "",
            HostileOutcome.Refused("SB1008", "sessions/01-intro.md(12,1)"), c =>
            {
                Link(c, "d", "../outside");
                Link(c, "media/pics", "../d");
                ReplaceText(c, "sessions/01-intro.md", "../media/diagram.png", "../media/pics/secret.png");
            }),
        new(3, "captions link out by an absolute path", "",
            HostileOutcome.Refused("SB1008", "sessions/02-summary.md(9,13)"), c => Replace(c, "media/summary.vtt", Path.Combine(Outside(c), "secret.vtt"))),
        new(3, "a media image links to itself", "",
            HostileOutcome.Refused("SB1008", "sessions/01-intro.md(12,1)"), c => Replace(c, "media/diagram.png", "diagram.png")),
        new(3, "a media image is a dangling link", "",
            HostileOutcome.Refused("SB1001", "sessions/01-intro.md(12,1)"), c => Replace(c, "media/diagram.png", "nowhere.png")),
        TemplateCase(3, "a template asset links to a file outside",
            HostileOutcome.Refused("SB1008", "../templates/assets/evil.css"), c => Link(c, "../templates/assets/evil.css", Path.Combine(Outside(c), "secret.css"))),
        TemplateCase(3, "a template asset links out through a linked folder",
            HostileOutcome.Refused("SB1008", "../templates/assets/evil.css"), c =>
            {
                Link(c, "../templates/d", Outside(c));
                Link(c, "../templates/assets/evil.css", "../d/secret.css");
            }),
        TemplateCase(3, "a template asset folder links to itself (a loop) beside a link out",
            HostileOutcome.Refused("SB1008", "../templates/assets/evil.css"), c =>
            {
                Link(c, "../templates/assets/loop", ".");
                Link(c, "../templates/assets/evil.css", "loop/loop/loop/../../../../outside/secret.css");
            }),
        TemplateCase(3, "the layout template links out",
            HostileOutcome.Refused("SB1008", "../templates/layout.sbn-html"), c => Replace(c, "../templates/layout.sbn-html", Path.Combine(Outside(c), "passwd"))),
        TemplateCase(3, "a partial links out through a linked folder",
            HostileOutcome.Refused("SB1008", "../templates/partials/page.sbn-html"), c =>
            {
                Link(c, "../templates/d", Outside(c));
                Replace(c, "../templates/partials/page.sbn-html", "../d/passwd");
            }),
        TemplateCase(3, "a runtime module links out",
            HostileOutcome.Refused("SB1008", "../templates/runtime/main.js"), c => Replace(c, "../templates/runtime/main.js", Path.Combine(Outside(c), "passwd"))),
        TemplateCase(3, "the runtime's words.json links out",
            HostileOutcome.Refused("SB1008", "../templates/runtime/words.json"), c => Replace(c, "../templates/runtime/words.json", Path.Combine(Outside(c), "passwd"))),
        TemplateCase(3, "a schema file links out",
            HostileOutcome.Refused("SB1008", "../templates/ims_xml.xsd"), c => Replace(c, "../templates/ims_xml.xsd", Path.Combine(Outside(c), "passwd"))),
        new(3, "a media image links to another file inside the course", "",
            HostileOutcome.Builds, c => { File.Move(c.PathOf("media/diagram.png"), c.PathOf("media/real.png")); Link(c, "media/diagram.png", "real.png"); }),
        new(3, "course.yaml is an absolute link to a file inside the course", "",
            HostileOutcome.Builds, c => { File.Move(c.PathOf("course.yaml"), c.PathOf("real.yaml")); Link(c, "course.yaml", c.PathOf("real.yaml")); }),
    ];

    /// <summary>A folder beside the course holding 'passwd', 'secret.*' files, each <see cref="OutsideSecret"/>.</summary>
    internal static string Outside(TempCourse course)
    {
        var outside = Path.Combine(course.Root, "outside");
        if (!Directory.Exists(outside))
        {
            Directory.CreateDirectory(outside);
            foreach (var name in new[] { "passwd", "secret.png", "secret.vtt", "secret.css", "secret.md" })
            {
                File.WriteAllText(Path.Combine(outside, name), OutsideSecret);
            }
        }

        return outside;
    }

    // A case run with its own copy of the templates beside the course, '{course}/../templates'.
    private static HostileCase TemplateCase(int @class, string name, HostileOutcome expect, Action<TempCourse> arrange) =>
        new(@class, name, "", expect, c =>
        {
            CopyFolder(RepoPaths.Templates, Path.Combine(c.Root, "templates"));
            arrange(c);
        })
        { Args = s_ownTemplates };

    private static void CopyFolder(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.GetDirectories(source))
        {
            CopyFolder(folder, Path.Combine(target, Path.GetFileName(folder)));
        }
    }

    /// <summary>Makes <paramref name="relative"/> (to the course folder) a symbolic link to <paramref name="target"/>.</summary>
    internal static void Link(TempCourse course, string relative, string target)
    {
        Outside(course);
        Directory.CreateDirectory(Path.GetDirectoryName(course.PathOf(relative))!);
        File.CreateSymbolicLink(course.PathOf(relative), target);
    }

    // Swaps a file of the course (or of its own templates, '../templates/…') for a link.
    private static void Replace(TempCourse course, string relative, string target)
    {
        Assert.True(File.Exists(course.PathOf(relative)), $"{relative} is not there to replace; the case is out of date.");
        File.Delete(course.PathOf(relative));
        Link(course, relative, target);
    }

    private static void ReplaceText(TempCourse course, string relative, string oldText, string newText) => course.Replace(relative, oldText, newText);
}
