namespace ScormBuilder.Tests.Hostile;

internal static partial class HostileCorpus
{
    private const string CourseTitle = "@@ replace course.yaml\ntitle: \"A minimal course\"\n@@ with\n";

    private static HostileCase[] Class08 =>
    [
        new(Class: 8, "course title holding a raw U+FFFE", CourseTitle + "title: \"A\uFFFE minimal course\"", HostileOutcome.Refused("SB1022", "course.yaml(2,10)")),
        new(Class: 8, "course title holding a raw U+FFFF", CourseTitle + "title: A minimal course\uFFFF", HostileOutcome.Refused("SB1022", "course.yaml(2,24)")),
        new(Class: 8, "course title holding U+FFFE as a YAML escape", CourseTitle + "title: \"A \\uFFFE course\"", HostileOutcome.Refused("SB1022", "course.yaml(2,8)")),
        new(Class: 8, "course title holding U+FFFF, checked", CourseTitle + "title: \"A \\uFFFF course\"", HostileOutcome.Refused("SB1022", "course.yaml(2,8)"))
        {
            Args = ["check", "{course}", "--templates", "{templates}"],
        },
        new(Class: 8, "outcome text holding U+FFFE (it reaches the manifest)",
            "@@ replace course.yaml\n    text: Name one benefit & one risk.\n@@ with\n    text: \"Name one \\uFFFE risk.\"", HostileOutcome.Refused("SB1022", "course.yaml(10,11)")),
        new(Class: 8, "description holding a lone surrogate (YamlDotNet refuses it)", "@@ replace course.yaml\ndescription: One of each kind of part, for the tests.\n@@ with\ndescription: \"Half \\uD800 a pair\"",
            HostileOutcome.Refused("SB1003", "course.yaml(5,14)")),
        new(Class: 8, "build with an empty course folder", "", HostileOutcome.Usage("The course folder is given as an empty name"))
        {
            Args = ["build", "", "-o", "{out}", "--templates", "{templates}"],
        },
        new(Class: 8, "check with an empty course folder", "", HostileOutcome.Usage("The course folder is given as an empty name"))
        {
            Args = ["check", "", "--templates", "{templates}"],
        },
        new(Class: 8, "preview with an empty course folder", "", HostileOutcome.Usage("The course folder is given as an empty name"))
        {
            Args = ["preview", "", "--templates", "{templates}"],
        },
        new(Class: 8, "build into an empty output folder name", "", HostileOutcome.Usage("--output is given an empty name"))
        {
            Args = ["build", "{course}", "-o", "", "--templates", "{templates}"],
        },
        new(Class: 8, "check with an empty templates folder name", "", HostileOutcome.Usage("--templates is given an empty name"))
        {
            Args = ["check", "{course}", "--templates", ""],
        },
        new(Class: 8, "new with an empty folder name", "", HostileOutcome.Usage("The folder to create is given as an empty name"))
        {
            Args = ["new", ""],
        },
        new(Class: 8, "new with a blank folder name", "", HostileOutcome.Usage("The folder to create is given as an empty name"))
        {
            Args = ["new", "   "],
        },
    ];
}
