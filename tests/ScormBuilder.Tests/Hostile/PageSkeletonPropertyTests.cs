using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Hostile;

/// <summary>
/// For bodies made at random from the pieces that break HTML (tags that close their container, quotes, comment
/// openers, Markdown's braces), the page either keeps the template's skeleton exactly as a clean course has it, or
/// the build refuses the body at its own file: never a third outcome.
/// </summary>
public sealed class PageSkeletonPropertyTests
{
    private static readonly string[] s_pieces =
    [
        "<div>", "</div>", "</section>", "</main>", "</article>", "</body>", "<p>", "</p>", "'", "\"", "</", "<!--", "-->", "{", "}",
        "{#id}", "<b>", "</b>", "<a href=\"#cs-alex\">", "</a>", "<details>", "<summary>", "<table>", "<td>", "</tr>", "text ", "\n",
        "\n\n", "*", "`", "<span title='", "<div class=\"", ">", "=", "## ", "- ", "> ", "<", "&", "&lt;", "<![CDATA[", "]]>", "<br>",
    ];

    [Fact]
    public void Should_keep_the_template_skeleton_or_refuse_the_body_for_random_bodies()
    {
        var clean = PageInvariants.Skeleton(Build("Alex posted a helpful thread.").Page!);
        var random = new Random(19);
        var built = 0;
        for (var i = 0; i < 60; i++)
        {
            var body = string.Concat(Enumerable.Range(0, random.Next(5, 40)).Select(_ => s_pieces[random.Next(s_pieces.Length)]));
            var (exit, page, output) = Build(body);
            if (exit == 0)
            {
                built++;
                Assert.True(PageInvariants.Skeleton(page!).SequenceEqual(clean), $"The skeleton changed for body:\n{body}");
            }
            else
            {
                Assert.True(exit == 1 && output.Contains("case-studies/alex.md(", StringComparison.Ordinal) && !output.Contains("internal error", StringComparison.Ordinal),
                    $"Body:\n{body}\ngave exit {exit}:\n{output}");
            }
        }

        Assert.True(built >= 10, $"Only {built} of 60 random bodies built: the property says little about pages.");
    }

    private static (int Exit, string? Page, string Output) Build(string body)
    {
        using var course = TempCourse.CopyOf(RepoPaths.MinimalCourse);
        course.Replace("case-studies/alex.md", "Alex posted a helpful thread.", body);
        var run = CliRunner.InProcess("build", course.CourseDirectory, "-o", course.OutputDirectory, "--templates", RepoPaths.Templates);
        var page = run.ExitCode == 0 ? ScormPackage.Open(Assert.Single(course.OutputFiles())).Text("index.html") : null;
        return (run.ExitCode, page, run.Output);
    }
}
