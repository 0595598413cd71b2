namespace ScormBuilder.Tests.Hostile;

internal static partial class HostileCorpus
{
    private static HostileCase[] Class09 =>
    [
        new(9, "an unclosed ' in the last part's raw HTML", Append("pages/references.md", "<div title='x"), HostileOutcome.Refused("SB3009", "pages/references.md(8,")),
        new(9, "an unclosed \" in the last part's raw HTML", Append("pages/references.md", "<div title=\"x\n\nText after it."), HostileOutcome.Refused("SB3009", "pages/references.md(8,")),
        new(9, "an unclosed tag in the last part's raw HTML", Append("pages/references.md", "<div class=x"), HostileOutcome.Refused("SB3009", "pages/references.md(8,")),
        new(9, "an unclosed attribute name at the end of a body", Append("cpd-record.md", "<details open"), HostileOutcome.Refused("SB3009", "cpd-record.md(15,")),
        new(9, "an unclosed quote in the first part's raw HTML", Append("pages/welcome.md", "<div title='x\n\n## Later heading"), HostileOutcome.Refused("SB3009", "pages/welcome.md(11,")),
        new(9, "a title ending in a mark's name", "@@ replace course.yaml\ntitle: \"A minimal course\"\n@@ with\ntitle: \"A minimal course data-sb-line=\"", HostileOutcome.Builds),
        new(9, "a title holding a mark's whole attribute", "@@ replace course.yaml\ntitle: \"A minimal course\"\n@@ with\ntitle: 'A course data-sb-line=\"3\" data-sb-src=\"x\"'", HostileOutcome.Builds),
        new(9, "a description holding </script>", "@@ replace course.yaml\ndescription: One of each kind of part, for the tests.\n@@ with\ndescription: \"</script><script>alert(1)</script>\"", HostileOutcome.Builds),
        new(9, "a part title holding </script> and a comment", "@@ replace case-studies/alex.md\ntitle: \"Alex: a physiotherapist\"\n@@ with\ntitle: \"Alex </script><!-- x\"", HostileOutcome.Builds),
        new(9, "an outcome holding a mark's name", "@@ replace course.yaml\n    text: Name one benefit & one risk.\n@@ with\n    text: \"Name one data-sb-generic= benefit\"", HostileOutcome.Builds),
    ];
}
