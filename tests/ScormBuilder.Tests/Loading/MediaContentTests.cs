using System.Text;
using ScormBuilder.Loading;

namespace ScormBuilder.Tests.Loading;

public sealed class MediaContentTests
{
    private const string Svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">";

    [Theory]
    [InlineData("a.png", "89 50 4E 47 0D 0A 1A 0A 00 00 00 0D")]
    [InlineData("a.JPG", "FF D8 FF E0 00 10")]
    [InlineData("a.jpeg", "FF D8 FF DB")]
    [InlineData("a.gif", "47 49 46 38 39 61 01 00")]
    [InlineData("a.webp", "52 49 46 46 00 00 00 00 57 45 42 50")]
    [InlineData("a.mp4", "00 00 00 18 66 74 79 70 6D 70 34 32")]
    [InlineData("a.webm", "1A 45 DF A3 9F")]
    [InlineData("a.mp3", "49 44 33 04 00")]
    [InlineData("b.mp3", "FF FB 90 64")]
    [InlineData("a.vtt", "57 45 42 56 54 54 0A")]
    [InlineData("b.vtt", "EF BB BF 57 45 42 56 54 54")]
    [InlineData("a.pdf", "25 50 44 46 2D 31 2E 37")]
    public void Should_accept_a_file_that_starts_as_its_extension_says(string path, string hex) =>
        Assert.Null(MediaContent.Problem(path, new MemoryStream(Convert.FromHexString(hex.Replace(" ", "", StringComparison.Ordinal)))));

    [Theory]
    [InlineData("a.png", "<html><script>alert(1)</script>")]
    [InlineData("a.jpg", "GIF89a")]
    [InlineData("a.gif", "")]
    [InlineData("a.webp", "RIFF....WAVE")]
    [InlineData("a.mp4", "<svg onload=alert(1)>")]
    [InlineData("a.webm", "ftyp")]
    [InlineData("a.mp3", "MP3")]
    [InlineData("a.vtt", "WEBVTTX")]
    [InlineData("a.pdf", "PDF-1.7")]
    public void Should_refuse_a_file_whose_content_is_not_its_extension(string path, string content) =>
        Assert.Contains("does not start as", MediaContent.Problem(path, new MemoryStream(Encoding.UTF8.GetBytes(content))), StringComparison.Ordinal);

    [Theory]
    [InlineData(Svg + "<script>alert(1)</script></svg>", "<script>")]
    [InlineData(Svg + "<SCRIPT xmlns=\"http://www.w3.org/2000/svg\">alert(1)</SCRIPT></svg>", "<script>")]
    [InlineData(Svg + "<rect onclick=\"alert(1)\"/></svg>", "event handler")]
    [InlineData(Svg + "<rect ONLOAD=\"alert(1)\"/></svg>", "event handler")]
    [InlineData(Svg + "<foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">x</div></foreignObject></svg>", "foreignObject")]
    [InlineData(Svg + "<a href=\"https://example.org\"><text>x</text></a></svg>", "outside the drawing")]
    [InlineData(Svg + "<use xlink:href=\"other.svg#a\"/></svg>", "outside the drawing")]
    [InlineData(Svg + "<a href=\"#x\"><set attributeName=\"href\" to=\"java&#x09;script:alert(1)\"/></a></svg>", "javascript: or data:")]
    [InlineData(Svg + "<rect fill=\"data:image/png;base64,AA==\"/></svg>", "javascript: or data:")]
    [InlineData(Svg + "<rect style=\"fill:url(https://x.example/p)\"/></svg>", "loads something")]
    [InlineData(Svg + "<style>@import 'https://x.example/a.css';</style></svg>", "<style>")]
    [InlineData(Svg + "<style>rect { fill: u\\72l(https://x.example/p) }</style></svg>", "<style>")]
    [InlineData("<!DOCTYPE svg [<!ENTITY a \"b\">]>" + Svg + "&a;</svg>", "not well-formed")]
    [InlineData(Svg + "<rect>", "not well-formed")]
    public void Should_refuse_an_svg_that_can_run_or_load(string svg, string problem) =>
        Assert.Contains(problem, MediaContent.Problem("media/x.svg", new MemoryStream(Encoding.UTF8.GetBytes(svg))), StringComparison.Ordinal);

    [Fact]
    public void Should_accept_a_plain_drawing_with_references_inside_it()
    {
        var svg = Svg + "<defs><linearGradient id=\"g\"><stop offset=\"0\" stop-color=\"#036\"/></linearGradient></defs>" +
                  "<rect width=\"10\" height=\"10\" fill=\"url(#g)\" style=\"stroke: url('#g')\"/><use href=\"#g\"/><a href=\"#top\"><text>Top</text></a></svg>";

        Assert.Null(MediaContent.Problem("media/x.svg", new MemoryStream(Encoding.UTF8.GetBytes(svg))));
    }
}
