namespace ScormBuilder.Loading;

/// <summary>Shared rules for the URLs authors write, in Markdown and in raw HTML.</summary>
internal static class UrlPolicy
{
    private static readonly string[] s_externalSchemes = ["http://", "https://", "mailto:", "tel:"];
    private static readonly string[] s_dataImages = ["data:image/png;", "data:image/jpeg;", "data:image/gif;", "data:image/webp;"];

    /// <summary>A link to another site or app, which the course opens beside itself.</summary>
    public static bool IsExternal(string url) => s_externalSchemes.Any(s => url.StartsWith(s, StringComparison.OrdinalIgnoreCase));

    /// <summary>Inline raster images are harmless; SVG (which can hold script) and everything else is refused.</summary>
    public static bool IsDataImage(string url) => s_dataImages.Any(p => url.StartsWith(p, StringComparison.OrdinalIgnoreCase));

    public static string RemoteImageMessage(string url) =>
        $"Image '{Shorten(url)}' is on another site. A package must be self-contained: copy the image into media/ and link to it there.";

    public static string Shorten(string url) => url.Length > 40 ? url[..40] + "…" : url;
}
