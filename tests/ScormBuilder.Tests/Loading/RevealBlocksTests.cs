using ScormBuilder.Diagnostics;
using ScormBuilder.Loading;
using ScormBuilder.Sources;

namespace ScormBuilder.Tests.Loading;

/// <summary>Reveal blocks as authors write them: each mistake reported at the line of its fence.</summary>
public sealed class RevealBlocksTests : IDisposable
{
    private const string TwoTabs = ":::: tabs\n::: tab Before\nOne.\n:::\n::: tab After\nTwo.\n:::\n::::\n";

    private readonly string _root = Directory.CreateTempSubdirectory("sb-reveals-").FullName;
    private readonly DiagnosticBag _diagnostics = new();

    [Fact]
    public void Should_accept_an_accordion() => Assert.Empty(Check("::: details Show the answer\nIt is **42**.\n:::\n"));

    [Fact]
    public void Should_accept_tabs_with_a_reveal_inside_a_tab() =>
        Assert.Empty(Check("::::: tabs\n:::: tab One\n- a\n- b\n::::\n:::: tab Two\n::: details Why\nBecause.\n:::\n::::\n:::::\n"));

    [Fact]
    public void Should_accept_two_tabs() => Assert.Empty(Check(TwoTabs));

    [Fact]
    public void Should_report_an_unknown_block_at_its_line_with_a_suggestion()
    {
        var error = Assert.Single(Check("Text.\n\n::: detials Show\nx\n:::\n"));

        Assert.Equal((DiagnosticCodes.UnknownBlock, 12, 1), (error.Code, error.Location.Line, error.Location.Column));
        Assert.Contains("Unknown block 'detials'. Did you mean 'details'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_report_a_closing_fence_with_nothing_open() =>
        Assert.Equal(DiagnosticCodes.UnknownBlock, Assert.Single(Check("Text.\n\n:::\n")).Code);

    [Theory]
    [InlineData("::: details\nx\n:::\n")]
    [InlineData("::: details   \nx\n:::\n")]
    [InlineData(":::: tabs\n::: tab\nx\n:::\n::: tab Two\ny\n:::\n::::\n")]
    public void Should_report_a_reveal_without_its_words(string text) =>
        Assert.Equal(DiagnosticCodes.BlockWithoutTitle, Assert.Single(Check(text)).Code);

    [Fact]
    public void Should_report_a_tab_outside_tabs() =>
        Assert.Equal(DiagnosticCodes.MisplacedTab, Assert.Single(Check("::: tab Alone\nx\n:::\n")).Code);

    [Fact]
    public void Should_report_text_directly_inside_tabs()
    {
        var error = Assert.Single(Check(":::: tabs\nStray.\n\n::: tab One\nx\n:::\n::: tab Two\ny\n:::\n::::\n"));

        Assert.Equal((DiagnosticCodes.MisplacedTab, 11), (error.Code, error.Location.Line));
    }

    [Fact]
    public void Should_report_tabs_with_one_tab() =>
        Assert.Equal(DiagnosticCodes.TooFewTabs, Assert.Single(Check(":::: tabs\n::: tab Only\nx\n:::\n::::\n")).Code);

    [Fact]
    public void Should_report_a_block_never_closed() =>
        Assert.Equal(DiagnosticCodes.BlockNotClosed, Assert.Single(Check("::: details Show\nx\n")).Code);

    [Fact]
    public void Should_explain_tabs_fenced_with_as_many_colons_as_their_tabs()
    {
        var codes = Check("::: tabs\n::: tab One\nx\n:::\n::: tab Two\ny\n:::\n:::\n").Select(d => d.Code).ToHashSet();

        Assert.Contains(DiagnosticCodes.MisplacedTab, codes);
        Assert.Contains(DiagnosticCodes.BlockNotClosed, codes);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private IReadOnlyList<Diagnostic> Check(string text)
    {
        new MarkdownReader(new CourseFolder(_root), _diagnostics, []).Read("sessions/01-intro.md", "s-intro", text, firstLine: 10);
        return _diagnostics.ToSortedList();
    }
}
