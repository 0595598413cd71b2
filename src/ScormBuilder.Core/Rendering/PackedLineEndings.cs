using ScormBuilder.Sources;

namespace ScormBuilder.Rendering;

/// <summary>
/// Text files go into the package with LF line endings. Git for Windows checks text out with CRLF by default, so
/// without this a drawing, a caption file or a stylesheet would make a different zip on Windows than on Linux. CRLF
/// and LF mean the same to every reader of these formats (XML, WebVTT, CSS, JavaScript, JSON, HTML).
/// </summary>
internal static class PackedLineEndings
{
    // Not *.xsd: the SCORM schemas ship byte for byte as ADL published them.
    private static readonly HashSet<string> s_text = new(StringComparer.OrdinalIgnoreCase)
    {
        ".svg", ".vtt", ".css", ".js", ".json", ".html", ".htm", ".txt",
    };

    public static bool AreNormalised(string packagePath) => s_text.Contains(Path.GetExtension(packagePath));

    /// <summary>A course file as the package holds it: text files read now, from the open handle, with LF line endings.</summary>
    public static SiteFile Pack(string packagePath, SourceFile source)
    {
        if (!AreNormalised(packagePath))
        {
            return SiteFile.FromSource(packagePath, source);
        }

        try
        {
            return SiteFile.FromBytes(packagePath, ToLf(source.ReadAll()));
        }
        catch (IOException)
        {
            // Left to the packaging stage, which reads it again from the same handle and reports it at the file.
            return SiteFile.FromSource(packagePath, source);
        }
    }

    /// <summary>A template file's bytes as the package holds them.</summary>
    public static byte[] Pack(string packagePath, byte[] bytes) => AreNormalised(packagePath) ? ToLf(bytes) : bytes;

    /// <summary>Every CRLF as LF; a lone CR or LF is left alone.</summary>
    public static byte[] ToLf(byte[] bytes)
    {
        var crlf = bytes.AsSpan().IndexOf("\r\n"u8);
        if (crlf < 0)
        {
            return bytes;
        }

        var output = new byte[bytes.Length];
        var written = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (!(bytes[i] == (byte)'\r' && i + 1 < bytes.Length && bytes[i + 1] == (byte)'\n'))
            {
                output[written++] = bytes[i];
            }
        }

        return output[..written];
    }
}
