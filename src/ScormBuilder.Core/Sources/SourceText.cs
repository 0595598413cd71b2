using System.Text;
using ScormBuilder.Diagnostics;

namespace ScormBuilder.Sources;

/// <summary>Reads a course text file as strict UTF-8, dropping any BOM and turning CRLF into LF.</summary>
internal static class SourceText
{
    public const int MaxBytes = 2 * 1024 * 1024;

    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Read(CourseFolder folder, string relativePath, DiagnosticBag diagnostics)
    {
        var display = new SourceLocation(folder.DisplayPath(relativePath));
        byte[] bytes;
        using (var file = folder.OpenRead(relativePath, display, "the file", diagnostics))
        {
            if (file is null)
            {
                return null;
            }

            try
            {
                if (file.Length > MaxBytes)
                {
                    diagnostics.Report(LoadingDiagnostics.FileTooLarge, display,
                        $"The file is {file.Length / 1024} KB; course text files may be at most {MaxBytes / 1024 / 1024} MB. Split it into smaller parts.");
                    return null;
                }

                // No more than the size the file had when opened, so a file that grows meanwhile cannot make it endless.
                bytes = file.ReadAll();
            }
            catch (IOException e)
            {
                diagnostics.Report(LoadingDiagnostics.FileUnreadable, display,
                    $"Cannot read the file ({e.Message.TrimEnd('.')}). Check that it exists and that you may read it.");
                return null;
            }
        }

        var start = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
        string text;
        try
        {
            text = s_strictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Report(LoadingDiagnostics.InvalidUtf8, LocateInvalidByte(bytes, start, display.Path),
                "The file is not valid UTF-8. Save it as UTF-8 in your editor.");
            return null;
        }

        return text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
    }

    private static SourceLocation LocateInvalidByte(byte[] bytes, int start, string path)
    {
        int line = 1, column = 1;
        var rest = bytes.AsSpan(start);
        while (!rest.IsEmpty)
        {
            if (Rune.DecodeFromUtf8(rest, out var rune, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                break;
            }

            if (rune.Value == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }

            rest = rest[consumed..];
        }

        return new SourceLocation(path, line, column);
    }
}
