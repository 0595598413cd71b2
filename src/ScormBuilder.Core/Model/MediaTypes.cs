namespace ScormBuilder.Model;

/// <summary>The media files a package may carry, by extension, with the content type a server should send.</summary>
public static class MediaTypes
{
    private static readonly Dictionary<string, string> s_byExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".gif"] = "image/gif",
        [".webp"] = "image/webp",
        [".svg"] = "image/svg+xml",
        [".mp4"] = "video/mp4",
        [".webm"] = "video/webm",
        [".mp3"] = "audio/mpeg",
        [".vtt"] = "text/vtt",
        [".pdf"] = "application/pdf",
    };

    public static IEnumerable<string> Extensions => s_byExtension.Keys.Order(StringComparer.Ordinal);

    public static bool IsSupported(string path) => s_byExtension.ContainsKey(Path.GetExtension(path));
}
