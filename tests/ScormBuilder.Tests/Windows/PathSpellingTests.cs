using System.Text;
using ScormBuilder.Rendering;
using ScormBuilder.Sources;

namespace ScormBuilder.Tests.Windows;

/// <summary>The text-only rules that make a path, and a text file's line endings, mean the same on every system.</summary>
public sealed class PathSpellingTests
{
    [Theory]
    [InlineData("sessions/01.md", "../media/x.png", "media/x.png")]
    [InlineData("course.yaml", "./sessions/./01.md", "sessions/01.md")]
    [InlineData("a/b/c.md", "../../d/../e.png", "e.png")]
    [InlineData("course.yaml", "../outside.md", null)]
    public void Should_work_out_what_a_reference_names_from_its_text(string fromFile, string reference, string? expected) =>
        Assert.Equal(expected, PathSpelling.Named(fromFile, reference));

    [Theory]
    [InlineData("../Media/Diagram.png", "Media/Diagram.png", "media/diagram.png", "../media/diagram.png")]
    [InlineData("./../media/DIAGRAM.png", "media/DIAGRAM.png", "media/diagram.png", "./../media/diagram.png")]
    [InlineData("Sessions/01-Intro.md", "Sessions/01-Intro.md", "sessions/01-intro.md", "sessions/01-intro.md")]
    public void Should_respell_a_reference_as_the_files_are_named(string reference, string relative, string onDisk, string expected) =>
        Assert.Equal(expected, PathSpelling.Respell(reference, relative, onDisk));

    [Fact]
    public void Should_find_the_spelling_on_disk_only_when_the_capitals_differ()
    {
        var root = Directory.CreateTempSubdirectory("sb-spelling-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "media"));
            File.WriteAllText(Path.Combine(root, "media", "diagram.png"), "");
            var spelling = new PathSpelling(root);

            Assert.Equal("media/diagram.png", spelling.OnDisk("Media/Diagram.PNG"));
            Assert.Null(spelling.OnDisk("media/diagram.png"));
            Assert.Null(spelling.OnDisk("media/missing.png"));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Theory]
    [InlineData("a\r\nb\r\n", "a\nb\n")]
    [InlineData("a\rb\n", "a\rb\n")]
    [InlineData("\r\n\r\r\n", "\n\r\n")]
    [InlineData("no line break", "no line break")]
    public void Should_pack_crlf_as_lf_and_leave_the_rest(string text, string packed) =>
        Assert.Equal(packed, Encoding.UTF8.GetString(PackedLineEndings.ToLf(Encoding.UTF8.GetBytes(text))));

    [Theory]
    [InlineData("media/x.svg", true)]
    [InlineData("media/x.VTT", true)]
    [InlineData("assets/course.css", true)]
    [InlineData("imscp_rootv1p1p2.xsd", false)]
    [InlineData("media/x.png", false)]
    public void Should_normalise_text_files_but_not_the_schemas_or_binaries(string path, bool normalised) =>
        Assert.Equal(normalised, PackedLineEndings.AreNormalised(path));
}
