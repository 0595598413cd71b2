using System.Text;
using ScormBuilder.Diagnostics;

namespace ScormBuilder.Loading;

/// <summary>
/// The characters course text may hold: every Unicode scalar value except the C0 controls (tab, line feed and
/// carriage return aside), DEL, the C1 controls and the noncharacters (U+FDD0–U+FDEF and U+xxFFFE/U+xxFFFF).
/// Those break the manifest's XML, drive terminals, or mean nothing; they are refused once, at loading.
/// </summary>
internal static class TextCharacters
{
    /// <summary>The index of the first character course text may not hold, or -1. A lone surrogate counts as one.</summary>
    public static int IndexOfForbidden(string text)
    {
        for (var i = 0; i < text.Length;)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var used) != System.Buffers.OperationStatus.Done || !IsAllowed(rune.Value))
            {
                return i;
            }

            i += used;
        }

        return -1;
    }

    /// <summary>How a diagnostic names the character at <paramref name="index"/>, e.g. "U+001B".</summary>
    public static string Name(string text, int index) =>
        Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out _) == System.Buffers.OperationStatus.Done
            ? $"U+{rune.Value:X4}"
            : $"U+{(int)text[index]:X4} (half of a surrogate pair)";

    /// <summary>
    /// Reports the first forbidden character of <paramref name="text"/> at its line and column, where the text
    /// starts on file line <paramref name="firstLine"/>; returns whether the text is clean.
    /// </summary>
    public static bool Check(string text, string path, int firstLine, DiagnosticBag diagnostics)
    {
        var index = IndexOfForbidden(text);
        if (index < 0)
        {
            return true;
        }

        var lineStart = index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;
        var line = firstLine + text.AsSpan(0, index).Count('\n');
        diagnostics.Report(LoadingDiagnostics.ControlCharacter, new SourceLocation(path, line, index - lineStart + 1),
            $"This line holds the character {Name(text, index)}, a control character or noncharacter that no course text may hold. Remove it.");
        return false;
    }

    private static bool IsAllowed(int c) => c switch
    {
        '\t' or '\n' or '\r' => true,
        < 0x20 => false,
        >= 0x7F and < 0xA0 => false,
        >= 0xFDD0 and <= 0xFDEF => false,
        _ => (c & 0xFFFE) != 0xFFFE,
    };
}
