using ScormBuilder.Diagnostics;
using ScormBuilder.Loading;
using ScormBuilder.Sources;

namespace ScormBuilder.Tests.Loading;

/// <summary>Loading reads and records: links resolved against the course folder, and problems at their lines.</summary>
public sealed class MarkdownReaderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sb-reader-").FullName;
    private readonly DiagnosticBag _diagnostics = new();

    [Fact]
    public void Should_record_each_link_resolved_against_the_course_folder_with_its_line()
    {
        var source = Read("Intro.\n\nSee [Kathy](../case-studies/kathy.md#start).\n");

        var link = Assert.Single(source.Links);
        Assert.Equal(("../case-studies/kathy.md#start", "case-studies/kathy.md", "start", 12), (link.Url, link.Target, link.Anchor, link.Location.Line));
    }

    [Fact]
    public void Should_record_a_link_to_another_site_as_external() =>
        Assert.True(Assert.Single(Read("[Example](https://example.org/)").Links).IsExternal);

    [Fact]
    public void Should_keep_the_text_exactly_as_written() =>
        Assert.Equal("## Heading {#id}\n\nText.\n", Read("## Heading {#id}\n\nText.\n").Text);

    [Fact]
    public void Should_report_a_level_one_heading_at_its_line()
    {
        Read("Text.\n\n# Title again\n");

        var error = Assert.Single(_diagnostics.ToSortedList());
        Assert.Equal((DiagnosticCodes.TitleHeadingInBody, 12), (error.Code, error.Location.Line));
    }

    [Fact]
    public void Should_report_a_link_that_leaves_the_course()
    {
        Read("[Secrets](../../etc/passwd)");

        Assert.Equal(DiagnosticCodes.PathEscapesCourse, Assert.Single(_diagnostics.ToSortedList()).Code);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private Model.MarkdownSource Read(string text) =>
        new MarkdownReader(new CourseFolder(_root), _diagnostics, []).Read("sessions/01-intro.md", "s-intro", text, firstLine: 10);
}
