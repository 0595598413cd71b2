using ScormBuilder.Diagnostics;

namespace ScormBuilder.Tests.Sources;

/// <summary>No diagnostic can forge a line or drive a terminal, and quoted author text is short.</summary>
public sealed class DiagnosticTextTests
{
    [Fact]
    public void Should_escape_control_characters_when_the_diagnostic_is_created()
    {
        var diagnostic = new Diagnostic(DiagnosticSeverity.Error, "SB1004", new SourceLocation("a\nb.md", 1, 1), "key 'x\nfake(1,1): error SB0000: y' and \u001b[2J and \u202e");

        var text = diagnostic.ToString();

        Assert.DoesNotContain('\n', text);
        Assert.DoesNotContain('\u001b', text);
        Assert.DoesNotContain('\u202e', text);
        Assert.Equal("a\\nb.md(1,1): error SB1004: key 'x\\nfake(1,1): error SB0000: y' and \\u001b[2J and \\u202e", text);
    }

    [Fact]
    public void Should_quote_only_the_first_line_cut_to_eighty_characters()
    {
        Assert.Equal("first…", DiagnosticText.Quote("first\nsecond"));
        Assert.Equal(new string('a', 80) + "…", DiagnosticText.Quote(new string('a', 500)));
        Assert.Equal("short", DiagnosticText.Quote("short"));
    }

    [Fact]
    public void Should_cap_a_whole_message()
    {
        var diagnostic = new Diagnostic(DiagnosticSeverity.Warning, "SB1", new SourceLocation("f"), new string('m', 100_000));
        Assert.True(diagnostic.Message.Length <= DiagnosticText.MessageLength + 1);
    }
}
