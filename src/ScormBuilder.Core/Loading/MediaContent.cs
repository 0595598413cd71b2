namespace ScormBuilder.Loading;

/// <summary>
/// What is inside a media file: its first bytes must be what its extension says, and an SVG (which a browser runs
/// as a document when it is opened from a link) must be a plain drawing (<see cref="SvgContent"/>).
/// </summary>
internal static class MediaContent
{
    private static readonly Dictionary<string, (string Name, Func<ReadOnlyMemory<byte>, bool> Matches)> s_signatures = new(StringComparer.OrdinalIgnoreCase)
    {
        [".png"] = ("a PNG image", b => b.Span.StartsWith(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A })),
        [".jpg"] = ("a JPEG image", b => b.Span.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF })),
        [".jpeg"] = ("a JPEG image", b => b.Span.StartsWith(new byte[] { 0xFF, 0xD8, 0xFF })),
        [".gif"] = ("a GIF image", b => b.Span.StartsWith("GIF87a"u8) || b.Span.StartsWith("GIF89a"u8)),
        [".webp"] = ("a WebP image", b => b.Span.StartsWith("RIFF"u8) && b.Length >= 12 && b.Span[8..12].SequenceEqual("WEBP"u8)),
        [".mp4"] = ("an MP4 video", b => b.Length >= 8 && b.Span[4..8].SequenceEqual("ftyp"u8)),
        [".webm"] = ("a WebM video", b => b.Span.StartsWith(new byte[] { 0x1A, 0x45, 0xDF, 0xA3 })),
        [".mp3"] = ("an MP3 file", b => b.Span.StartsWith("ID3"u8) || (b.Length >= 2 && b.Span[0] == 0xFF && (b.Span[1] & 0xE0) == 0xE0)),
        [".vtt"] = ("a WebVTT caption file", IsWebVtt),
        [".pdf"] = ("a PDF document", b => b.Span.StartsWith("%PDF-"u8)),
    };

    /// <summary>Null when the file holds what its extension says; otherwise what is wrong, for a diagnostic.</summary>
    public static string? Problem(string path, Stream stream)
    {
        var extension = Path.GetExtension(path);
        if (extension.Equals(".svg", StringComparison.OrdinalIgnoreCase))
        {
            return SvgContent.Problem(stream);
        }

        if (!s_signatures.TryGetValue(extension, out var signature))
        {
            return null;
        }

        var head = new byte[16];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        return signature.Matches(head.AsMemory(0, read))
            ? null
            : $"it does not start as {signature.Name} does: its content is not what '{extension}' says. Export it again in that format, or give it the extension of what it is";
    }

    private static bool IsWebVtt(ReadOnlyMemory<byte> bytes)
    {
        var span = bytes.Span;
        if (span.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }))
        {
            span = span[3..];
        }

        return span.StartsWith("WEBVTT"u8) && (span.Length == 6 || span[6] is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r');
    }
}
