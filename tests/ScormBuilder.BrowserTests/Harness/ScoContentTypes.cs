using Microsoft.AspNetCore.StaticFiles;

namespace ScormBuilder.BrowserTests.Harness;

/// <summary>The content types an LMS's web server sends for the files a SCORM package carries.</summary>
public static class ScoContentTypes
{
    public static FileExtensionContentTypeProvider Provider { get; } = new(
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            [".html"] = "text/html",
            [".htm"] = "text/html",
            [".js"] = "text/javascript",
            [".mjs"] = "text/javascript",
            [".css"] = "text/css",
            [".json"] = "application/json",
            [".svg"] = "image/svg+xml",
            [".png"] = "image/png",
            [".jpg"] = "image/jpeg",
            [".jpeg"] = "image/jpeg",
            [".gif"] = "image/gif",
            [".webp"] = "image/webp",
            [".ico"] = "image/x-icon",
            [".vtt"] = "text/vtt",
            [".mp4"] = "video/mp4",
            [".webm"] = "video/webm",
            [".mp3"] = "audio/mpeg",
            [".xsd"] = "application/xml",
            [".xml"] = "application/xml",
            [".txt"] = "text/plain",
            [".pdf"] = "application/pdf",
            [".woff"] = "font/woff",
            [".woff2"] = "font/woff2",
        });
}
