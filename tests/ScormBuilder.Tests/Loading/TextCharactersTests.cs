using ScormBuilder.Diagnostics;
using ScormBuilder.Loading;

namespace ScormBuilder.Tests.Loading;

public sealed class TextCharactersTests
{
    [Theory]
    [InlineData("plain text\twith tab\nand lines\r\n", -1)]
    [InlineData("é ü 中文 😀 \u00A0 \uFFFD", -1)]
    [InlineData("a\u0000", 1)]
    [InlineData("a\u0007", 1)]
    [InlineData("\u001b[31m", 0)]
    [InlineData("ab\u007f", 2)]
    [InlineData("a\u0085", 1)]
    [InlineData("a\u009b", 1)]
    [InlineData("a\uFDD0", 1)]
    [InlineData("a\uFDEF", 1)]
    [InlineData("ab\uFFFE", 2)]
    [InlineData("\uFFFF", 0)]
    [InlineData("😀\U0001FFFE", 2)]
    [InlineData("a\U0010FFFF", 1)]
    public void Should_find_the_first_character_course_text_may_not_hold(string text, int index) =>
        Assert.Equal(index, TextCharacters.IndexOfForbidden(text));

    [Fact]
    public void Should_refuse_half_a_surrogate_pair()
    {
        // Theory data would not carry a lone surrogate intact, so the strings are built here.
        Assert.Equal(1, TextCharacters.IndexOfForbidden(new string(['a', (char)0xD800, 'b'])));
        Assert.Equal(1, TextCharacters.IndexOfForbidden(new string(['a', (char)0xDC00])));
    }

    [Fact]
    public void Should_report_the_line_and_column_of_the_character()
    {
        var diagnostics = new DiagnosticBag();

        Assert.False(TextCharacters.Check("first\nsecond \u0007 line\n", "a.md", firstLine: 8, diagnostics));

        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal((9, 8), (error.Location.Line, error.Location.Column));
        Assert.Contains("U+0007", error.Message, StringComparison.Ordinal);
    }
}
