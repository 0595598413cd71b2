using System.Text;
using ScormBuilder.Loading;

namespace ScormBuilder.Tests.Loading;

public sealed class MediaContentTests
{
    [Fact]
    public void Should_hand_an_svg_to_the_drawing_allowlist() =>
        Assert.Contains("<script>", MediaContent.Problem("a.SVG", new MemoryStream(Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\"><script/></svg>"))), StringComparison.Ordinal);

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
}
