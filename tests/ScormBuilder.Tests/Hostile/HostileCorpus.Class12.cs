namespace ScormBuilder.Tests.Hostile;

internal static partial class HostileCorpus
{
    private const string Png = "{{bytes 89 50 4E 47 0D 0A 1A 0A 00 00 00 0D 49 48 44 52}}";

    // Class 12: package paths that will not unpack everywhere. Windows drops a trailing dot or space from a name,
    // refuses device names and paths past 260 characters, and folds case (as macOS does by default).
    private static HostileCase[] Class12 =>
    [
        Image(12, "a folder with a trailing dot beside the same folder without it", ["media/img./x.png", "media/img/x.png"], "SB4002"),
        Image(12, "a folder with a trailing dot", ["media/img./x.png"], "SB4002"),
        Image(12, "a top folder with a trailing dot", ["pics./x.png"], "SB4002"),
        Image(12, "a folder with a trailing space", ["media/img%20/x.png"], "SB4002"),
        Image(12, "a file with a trailing space", ["media/x.png%20"], "SB4002"),
        Image(12, "a file with a trailing dot", ["media/x.png."], "SB4002"),
        Image(12, "a 3,036-character path", [string.Join('/', Enumerable.Repeat(new string('a', 100), 30)) + "/x-long-tail-of-a-name-here.png"], "SB4002"),
        Image(12, "a 201-character path", ["media/" + new string('b', 191) + ".png"], "SB4002"),
        Image(12, "COM0 as a file name", ["media/COM0.png"], "SB4003"),
        Image(12, "LPT0 as a file name", ["media/LPT0.png"], "SB4003"),
        Image(12, "lpt0 in lower case", ["media/lpt0.png"], "SB4003"),
        Image(12, "COM0 as a folder", ["media/COM0/x.png"], "SB4003"),
        Image(12, "nul with two extensions", ["media/nul.tar.png"], "SB4003"),
        Image(12, "COM9 as a folder name in any case", ["Com9/x.png"], "SB4003"),
        Image(12, "COM¹, a superscript digit Windows reserves too", ["media/COM%C2%B9.png"], "SB4002"),
        Image(12, "LPT³, a superscript digit Windows reserves too", ["media/LPT%C2%B3.png"], "SB4002"),
        Image(12, "Sub/ beside sub/ holding different files", ["media/Sub/a.png", "media/sub/b.png"], "SB4004", lineOf: 2),
        Image(12, "a top folder in two cases", ["Pics/a.png", "pics/b.png"], "SB4004", lineOf: 2),
        Image(12, "two files that differ only in case", ["media/X.png", "media/x.png"], "SB4004", lineOf: 2),
        TemplateCase(12, "a template asset folder with a trailing dot",
            HostileOutcome.Refused("SB4002", "../templates/assets/img./x.css"), c => TemplateFile(c, "assets/img./x.css")),
        TemplateCase(12, "a template asset named COM0",
            HostileOutcome.Refused("SB4003", "../templates/assets/COM0.css"), c => TemplateFile(c, "assets/COM0.css")),
        TemplateCase(12, "template asset folders Sub/ and sub/",
            HostileOutcome.Refused("SB4004", "../templates/assets/sub/b.css"), c => { TemplateFile(c, "assets/Sub/a.css"); TemplateFile(c, "assets/sub/b.css"); }),
        TemplateCase(12, "a template asset path over 200 characters",
            HostileOutcome.Refused("SB4002", $"../templates/assets/{new string('c', 190)}.css"), c => TemplateFile(c, $"assets/{new string('c', 190)}.css")),
    ];

    // Session 1 shows each image (files made, so that only the name can be at fault); the refusal is at image lineOf.
    private static HostileCase Image(int @class, string name, string[] paths, string code, int lineOf = 1)
    {
        var images = string.Join("\n\n", paths.Select(p => $"![An image](../{p})"));
        var files = string.Concat(paths.Where(p => !p.Contains('%') && p.Length < 250).Select(p => $"@@ write {p}\n{Png}\n"));
        var spec = $"@@ replace sessions/01-intro.md\n![A small square diagram](../media/diagram.png)\n@@ with\n{images}\n{files}";
        return new(@class, name, spec, HostileOutcome.Refused(code, $"sessions/01-intro.md({12 + (2 * (lineOf - 1))},1)"));
    }

    private static void TemplateFile(Support.TempCourse course, string relative)
    {
        var path = Path.Combine(course.Root, "templates", relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "body { color: black; }\n");
    }
}
