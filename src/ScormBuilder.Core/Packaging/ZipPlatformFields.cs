using System.Buffers.Binary;

namespace ScormBuilder.Packaging;

/// <summary>
/// Fixes the fields of a zip that ZipArchive takes from the operating system, so the same course gives the same
/// bytes on Windows, macOS and Linux: every central-directory entry says "made by Unix" (the platform byte of
/// "version made by"), with <see cref="ExternalAttributes"/> (a regular file, rw-r--r--).
/// </summary>
internal static class ZipPlatformFields
{
    public const byte UnixPlatform = 3;

    /// <summary>S_IFREG | 0644 in the high 16 bits, as Info-ZIP writes a Unix file's mode.</summary>
    public const int ExternalAttributes = unchecked((int)(0x81A4u << 16));

    private const uint EndOfCentralDirectory = 0x06054b50;
    private const uint Zip64Locator = 0x07064b50;
    private const uint Zip64EndOfCentralDirectory = 0x06064b50;
    private const uint CentralDirectoryHeader = 0x02014b50;

    /// <summary>Rewrites the platform byte and external attributes of every entry of the zip in <paramref name="zip"/>.</summary>
    public static void Fix(Stream zip)
    {
        var (offset, count) = FindCentralDirectory(zip);
        Span<byte> header = stackalloc byte[46];
        zip.Position = offset;
        for (long i = 0; i < count; i++)
        {
            var start = zip.Position;
            zip.ReadExactly(header);
            if (BinaryPrimitives.ReadUInt32LittleEndian(header) != CentralDirectoryHeader)
            {
                throw new InvalidDataException("The zip's central directory is not where its end record says.");
            }

            header[5] = UnixPlatform;
            BinaryPrimitives.WriteInt32LittleEndian(header[38..], ExternalAttributes);
            zip.Position = start;
            zip.Write(header);
            var variable = BinaryPrimitives.ReadUInt16LittleEndian(header[28..]) +
                BinaryPrimitives.ReadUInt16LittleEndian(header[30..]) +
                BinaryPrimitives.ReadUInt16LittleEndian(header[32..]);
            zip.Position = start + header.Length + variable;
        }
    }

    /// <summary>Where the central directory starts and how many entries it has (ZIP64 aware).</summary>
    public static (long Offset, long Count) FindCentralDirectory(Stream zip)
    {
        // The end record is 22 bytes plus a comment of up to 65,535; ZipArchive writes none, but search anyway.
        var tailLength = (int)Math.Min(zip.Length, 22 + 65535);
        var tail = new byte[tailLength];
        zip.Position = zip.Length - tailLength;
        zip.ReadExactly(tail);
        for (var at = tailLength - 22; at >= 0; at--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(at)) != EndOfCentralDirectory)
            {
                continue;
            }

            long count = BinaryPrimitives.ReadUInt16LittleEndian(tail.AsSpan(at + 10));
            long offset = BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(at + 16));
            if ((offset == uint.MaxValue || count == ushort.MaxValue) && at >= 20 &&
                BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(at - 20)) == Zip64Locator)
            {
                var zip64End = (long)BinaryPrimitives.ReadUInt64LittleEndian(tail.AsSpan(at - 20 + 8));
                var record = new byte[56];
                zip.Position = zip64End;
                zip.ReadExactly(record);
                if (BinaryPrimitives.ReadUInt32LittleEndian(record) == Zip64EndOfCentralDirectory)
                {
                    count = (long)BinaryPrimitives.ReadUInt64LittleEndian(record.AsSpan(32));
                    offset = (long)BinaryPrimitives.ReadUInt64LittleEndian(record.AsSpan(48));
                }
            }

            return (offset, count);
        }

        throw new InvalidDataException("The zip has no end-of-central-directory record.");
    }
}
