namespace ScormBuilder.Tests.Windows;

/// <summary>
/// Turns a course's text files into what Git for Windows checks out by default (core.autocrlf): every LF that is not
/// already part of a CRLF becomes CRLF. Links, and files that cannot be read (a socket), are left as they are.
/// </summary>
internal static class WindowsLineEndings
{
    public static readonly string[] TextExtensions = [".md", ".yaml", ".lock", ".svg", ".vtt"];

    /// <summary>Converts every text file under <paramref name="directory"/>; returns the course-relative paths it changed.</summary>
    public static IReadOnlyList<string> Apply(string directory)
    {
        var changed = new List<string>();
        foreach (var path in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories))
        {
            var info = new FileInfo(path);
            if (info.LinkTarget is not null || !TextExtensions.Contains(info.Extension, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(path);
            }
            catch (IOException)
            {
                continue;
            }

            var converted = ToCrlf(bytes);
            if (converted.Length != bytes.Length)
            {
                File.WriteAllBytes(path, converted);
                changed.Add(Path.GetRelativePath(directory, path).Replace('\\', '/'));
            }
        }

        return changed;
    }

    public static byte[] ToCrlf(byte[] bytes)
    {
        var output = new List<byte>(bytes.Length + (bytes.Length / 20));
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n' && (i == 0 || bytes[i - 1] != (byte)'\r'))
            {
                output.Add((byte)'\r');
            }

            output.Add(bytes[i]);
        }

        return [.. output];
    }
}
