using System.IO.Compression;

namespace ScormBuilder.Inspection;

/// <summary>One entry of a zip as its directory describes it: nothing of it is expanded until <see cref="ReadBounded"/>.</summary>
public sealed record PackageEntry(string Name, long Length, long CompressedLength, bool Encrypted)
{
    internal ZipArchiveEntry? Source { get; init; }

    public bool IsFolder => Name.EndsWith('/') && Length == 0;

    /// <summary>
    /// The entry's bytes, reading at most <paramref name="limit"/> of them, or why they cannot be had: cut short,
    /// damaged, or more bytes than the header declares (a zip bomb lies about its sizes).
    /// </summary>
    internal (byte[]? Bytes, string? Problem) ReadBounded(int limit)
    {
        if (Source is null)
        {
            return (null, "it has no data");
        }

        var cap = (int)Math.Min(limit, Length) + 1;
        var buffer = new byte[Math.Min(cap, 1024 * 1024)];
        using var output = new MemoryStream();
        using var stream = Source.Open();
        int read;
        while (output.Length < cap && (read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, cap - output.Length))) > 0)
        {
            output.Write(buffer, 0, read);
        }

        if (output.Length > Length)
        {
            return (null, $"it expands to more than the {Length:N0} bytes its header declares");
        }

        var bytes = output.ToArray();
        return Crc32.Of(bytes) != Source.Crc32
            ? (null, $"its {Length:N0} bytes do not match the checksum in its header, so its header lies about its size or the zip is damaged")
            : (bytes, null);
    }
}
