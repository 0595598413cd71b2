using System.IO.Compression;

namespace ScormBuilder.Inspection;

/// <summary>One entry of a zip as its directory describes it: nothing of it is expanded until <see cref="ReadBounded"/>.</summary>
public sealed record PackageEntry(string Name, long Length, long CompressedLength, bool Encrypted)
{
    internal ZipArchiveEntry? Source { get; init; }

    public bool IsFolder => Name.EndsWith('/') && Length == 0;

    /// <summary>
    /// The entry's bytes, or why they cannot be had: declared larger than <paramref name="limit"/>, cut short,
    /// damaged, or not the bytes its header declares (a zip bomb lies about its sizes). One array of the declared
    /// size is all that is allocated, so reading costs at most <paramref name="limit"/> bytes whatever the data expands to.
    /// </summary>
    internal (byte[]? Bytes, string? Problem) ReadBounded(int limit)
    {
        if (Source is null)
        {
            return (null, "it has no data");
        }

        if (Length > limit)
        {
            return (null, $"its header declares {Length:N0} bytes, more than the {limit:N0} read");
        }

        var bytes = new byte[Length];
        using var stream = Source.Open();
        var read = stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
        if (read < bytes.Length)
        {
            return (null, $"it holds {read:N0} of the {Length:N0} bytes its header declares: the zip was cut short or is damaged");
        }

        if (stream.ReadByte() >= 0)
        {
            return (null, $"it expands to more than the {Length:N0} bytes its header declares");
        }

        return Crc32.Of(bytes) != Source.Crc32
            ? (null, $"its {Length:N0} bytes do not match the checksum in its header, so its header lies about its size or the zip is damaged")
            : (bytes, null);
    }
}
