using System.Text;
using ScormBuilder.Cli;
using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Cli;

/// <summary>
/// What reaches a console that is not UTF-8: a Windows console in its OEM code page is switched to UTF-8 for the run
/// and back after; where that cannot be done, the tool's own punctuation degrades to ASCII.
/// </summary>
public sealed class ConsoleTextTests
{
    private static readonly Dictionary<string, string?> s_utf8Locale = new() { ["LC_ALL"] = "C.UTF-8" };
    private static readonly Dictionary<string, string?> s_latin1Locale = new() { ["LC_ALL"] = "en_GB.ISO-8859-1" };

    [Fact]
    public void Should_print_utf8_where_the_locale_is_utf8()
    {
        // Given a diagnostic that quotes author text beyond ASCII and uses the tool's own en dash
        using var course = CourseWithAccentedId();

        // When
        var run = CliRunner.AsProcess(course.Root, s_utf8Locale, Encoding.UTF8, "check", "course", "--templates", RepoPaths.Templates);

        // Then
        Assert.Contains("Item id 'bé' must be one character, a–z or 0–9", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_degrade_to_ascii_punctuation_where_the_terminal_is_not_utf8()
    {
        using var course = CourseWithAccentedId();

        // Latin-1 turns every byte into one character, so this reads the bytes exactly as printed
        var run = CliRunner.AsProcess(course.Root, s_latin1Locale, Encoding.Latin1, "check", "course", "--templates", RepoPaths.Templates);

        // Then the author's 'é' is one Latin-1 byte, and the en dash a hyphen rather than '?'
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Item id 'bé' must be one character, a-z or 0-9", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("?", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_switch_a_windows_console_to_utf8_and_back()
    {
        // Given a console in code page 850, as on a Western European Windows
        var console = new FakeConsole(new FakeCodePage(850));

        // When
        using (var text = ConsoleText.Open(console, switchable: true))
        {
            // Then it runs in UTF-8, with nothing replaced
            Assert.Equal(65001, console.OutputEncoding.CodePage);
            Assert.Empty(console.OutputEncoding.GetPreamble());
            Assert.True(text.Unicode);
        }

        Assert.Equal(850, console.OutputEncoding.CodePage);
    }

    [Fact]
    public void Should_degrade_when_a_windows_console_cannot_be_switched()
    {
        var console = new FakeConsole(new FakeCodePage(437)) { Refuses = true };

        using var text = ConsoleText.Open(console, switchable: true);
        text.Error.WriteLine("Checking course… a–z → done");

        Assert.False(text.Unicode);
        Assert.Equal(437, console.OutputEncoding.CodePage);
        Assert.Equal("Checking course... a-z -> done" + Environment.NewLine, console.Error.ToString());
    }

    [Fact]
    public void Should_leave_a_utf8_console_alone()
    {
        var console = new FakeConsole(new UTF8Encoding(false)) { Refuses = true };

        using var text = ConsoleText.Open(console, switchable: true);
        text.Out.Write("a–z…");

        Assert.True(text.Unicode);
        Assert.Equal("a–z…", console.Out.ToString());
    }

    private static TempCourse CourseWithAccentedId()
    {
        var course = TempCourse.CopyOf(RepoPaths.MinimalCourse);
        File.AppendAllText(course.PathOf("quiz.yaml"), """
              - id: q-order
                type: ordering
                session: s-intro
                text: Put these in order.
                items:
                  - { id: a, text: Think }
                  - { id: bé, text: Write }
                feedback: { correct: Yes., wrong: No. }

            """);
        return course;
    }

    private sealed class FakeConsole(Encoding encoding) : IConsoleStreams
    {
        private Encoding _encoding = encoding;

        public bool Refuses { get; init; }

        public Encoding OutputEncoding
        {
            get => _encoding;
            set => _encoding = Refuses ? throw new IOException("The handle is invalid.") : value;
        }

        public TextWriter Out { get; } = new StringWriter();

        public TextWriter Error { get; } = new StringWriter();
    }

    // Stands for an OEM code page, which .NET holds only with the code pages provider: only its number matters here.
    private sealed class FakeCodePage(int codePage) : Encoding(codePage)
    {
        public override int GetByteCount(char[] chars, int index, int count) => count;

        public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex) => charCount;

        public override int GetCharCount(byte[] bytes, int index, int count) => count;

        public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex) => byteCount;

        public override int GetMaxByteCount(int charCount) => charCount;

        public override int GetMaxCharCount(int byteCount) => byteCount;
    }
}
