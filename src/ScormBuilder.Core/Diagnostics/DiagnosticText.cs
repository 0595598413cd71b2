using System.Globalization;
using System.Text;

namespace ScormBuilder.Diagnostics;

/// <summary>
/// Makes text safe to print in a diagnostic: a diagnostic is one line, so control characters and escape sequences
/// are shown escaped (<c>\u001b</c>) and can never forge another line or drive the terminal. Author text quoted in
/// a message is cut to its first line and a length that fits on a screen.
/// </summary>
public static class DiagnosticText
{
    /// <summary>The most characters of author text a message quotes.</summary>
    public const int QuoteLength = 80;

    /// <summary>The most characters a whole message may hold, so no input can flood the terminal through it.</summary>
    public const int MessageLength = 1000;

    /// <summary>Author text as a message may quote it: its first line only, at most <see cref="QuoteLength"/> characters.</summary>
    public static string Quote(string text)
    {
        var newline = text.IndexOfAny(['\n', '\r']);
        var line = newline >= 0 ? text[..newline] : text;
        var cut = newline >= 0 || line.Length > QuoteLength;
        if (line.Length > QuoteLength)
        {
            line = line[..QuoteLength];
            if (char.IsHighSurrogate(line[^1]))
            {
                line = line[..^1];
            }
        }

        return cut ? line + "…" : line;
    }

    /// <summary>Escapes every control character (C0, DEL, C1, and the bidirectional controls) and caps the length.</summary>
    public static string Escape(string text)
    {
        if (text.Length <= MessageLength && !text.Any(NeedsEscape))
        {
            return text;
        }

        var builder = new StringBuilder(Math.Min(text.Length, MessageLength) + 16);
        foreach (var c in text)
        {
            if (builder.Length >= MessageLength)
            {
                builder.Append('…');
                break;
            }

            if (NeedsEscape(c))
            {
                builder.Append(c switch
                {
                    '\n' => "\\n",
                    '\r' => "\\r",
                    '\t' => "\\t",
                    _ => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
                });
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>True for characters no diagnostic prints as they are.</summary>
    public static bool NeedsEscape(char c) =>
        char.IsControl(c) || c is >= '\u202a' and <= '\u202e' or >= '\u2066' and <= '\u2069' or '\u2028' or '\u2029';
}
