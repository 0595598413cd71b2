using System.Text;

namespace ScormBuilder.Cli;

/// <summary>
/// Writes the punctuation ScormBuilder's own messages use ('…', '–', '→', curly quotes) as ASCII, for a console
/// that cannot show it; every other character goes through as it is, for the console's charset to show or to
/// replace with '?'.
/// </summary>
internal sealed class AsciiStandIns(TextWriter inner) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    public override IFormatProvider FormatProvider => inner.FormatProvider;

    public override string NewLine
    {
#pragma warning disable CS8765 // TextWriter.NewLine accepts null (it means the default).
        get => inner.NewLine;
        set => inner.NewLine = value;
#pragma warning restore CS8765
    }

    public override void Write(char value)
    {
        if (StandIn(value) is { } ascii)
        {
            inner.Write(ascii);
        }
        else
        {
            inner.Write(value);
        }
    }

    public override void Write(string? value) => inner.Write(Replace(value));

    public override void WriteLine(string? value) => inner.WriteLine(Replace(value));

    public override void Flush() => inner.Flush();

    public static string? Replace(string? text)
    {
        if (text is null || !text.AsSpan().ContainsAnyInRange('\u2010', '\u2192'))
        {
            return text;
        }

        var output = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (StandIn(c) is { } ascii)
            {
                output.Append(ascii);
            }
            else
            {
                output.Append(c);
            }
        }

        return output.ToString();
    }

    private static string? StandIn(char c) => c switch
    {
        '…' => "...",
        '–' or '—' or '‐' or '‑' => "-",
        '‘' or '’' => "'",
        '“' or '”' => "\"",
        '→' => "->",
        _ => null,
    };

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Flush();
        }

        base.Dispose(disposing);
    }
}
