using System.Buffers.Binary;
using ScormBuilder.Diagnostics;

namespace ScormBuilder.Inspection;

/// <summary>
/// What a zip's end record says about its central directory (how many entries, how many bytes, where), read from the
/// last bytes of the file before anything else is: so a zip claiming millions of entries is refused without reading them.
/// </summary>
internal sealed record ZipDirectory(long Entries, long Bytes, long Offset)
{
    private const uint EndSignature = 0x06054b50;
    private const uint CentralHeaderSignature = 0x02014b50;
    private const uint Zip64LocatorSignature = 0x07064b50;
    private const uint Zip64EndSignature = 0x06064b50;
    private const int EndLength = 22;
    private const int MaxCommentLength = 0xFFFF;

    /// <summary>The directory <paramref name="zip"/>'s end record describes, or the finding that stops inspection.</summary>
    public static (ZipDirectory? Directory, Finding? Problem) Read(Stream zip, string where)
    {
        var tailLength = (int)Math.Min(zip.Length, EndLength + MaxCommentLength);
        var tail = ReadAt(zip, zip.Length - tailLength, tailLength);
        var end = FindEnd(tail);
        if (end < 0)
        {
            return (null, StartsLikeAZip(zip) ? Damaged(where, "the zip's closing record is missing: the file was cut short") : NotAZip(where));
        }

        var directory = new ZipDirectory(
            BinaryPrimitives.ReadUInt16LittleEndian(tail.AsSpan(end + 10)),
            BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(end + 12)),
            BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(end + 16)));
        if (directory.Entries == 0xFFFF || directory.Bytes == 0xFFFFFFFF || directory.Offset == 0xFFFFFFFF)
        {
            directory = Zip64(zip, zip.Length - tailLength + end) ?? directory;
        }

        return (directory, directory.Problem(zip.Length, where) ?? directory.CountProblem(zip, where));
    }

    /// <summary>
    /// Walks the directory's entry headers (46 bytes each, never a name) to check the end record's count, so a count
    /// that lies is named as such and no reader trusts it; the walk stops one entry past the count.
    /// </summary>
    private Finding? CountProblem(Stream zip, string where)
    {
        var header = new byte[46];
        var (position, found) = (Offset, 0L);
        while (position < Offset + Bytes && found <= Entries)
        {
            if (position + header.Length > Offset + Bytes)
            {
                return Damaged(where, "an entry in the zip's directory is cut short");
            }

            zip.Position = position;
            zip.ReadExactly(header);
            if (BinaryPrimitives.ReadUInt32LittleEndian(header) != CentralHeaderSignature)
            {
                return Damaged(where, $"the zip's directory is damaged after {found:N0} entries");
            }

            position += header.Length + BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(28)) +
                BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(30)) + BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(32));
            found++;
        }

        return found == Entries ? null
            : Damaged(where, $"its closing record says it holds {Entries:N0} entries but its directory holds {(found > Entries ? "more" : $"{found:N0}")}");
    }

    private Finding? Problem(long fileLength, string where)
    {
        if (Entries > InspectionLimits.MaxEntries || Bytes > InspectionLimits.MaxCentralDirectoryBytes)
        {
            return new Finding(InspectionDiagnostics.TooManyEntries, where,
                $"The zip says it holds {Entries:N0} entries in a {Bytes:N0}-byte directory; inspect reads at most {InspectionLimits.MaxEntries:N0}.",
                "Ask the supplier whether this is the right file: no course needs so many.");
        }

        return Offset + Bytes > fileLength
            ? Damaged(where, $"the zip's directory runs past the end of the file ({fileLength:N0} bytes): the file was cut short")
            : null;
    }

    private static ZipDirectory? Zip64(Stream zip, long endPosition)
    {
        if (endPosition < 20)
        {
            return null;
        }

        var locator = ReadAt(zip, endPosition - 20, 20);
        if (BinaryPrimitives.ReadUInt32LittleEndian(locator) != Zip64LocatorSignature)
        {
            return null;
        }

        var recordAt = BinaryPrimitives.ReadInt64LittleEndian(locator.AsSpan(8));
        if (recordAt < 0 || recordAt > zip.Length - 56)
        {
            return new ZipDirectory(0, long.MaxValue, 0);
        }

        var record = ReadAt(zip, recordAt, 56);
        return BinaryPrimitives.ReadUInt32LittleEndian(record) != Zip64EndSignature
            ? null
            : new ZipDirectory(Clamp(record, 32), Clamp(record, 40), Clamp(record, 48));
    }

    private static long Clamp(byte[] record, int at) => (long)Math.Min(BinaryPrimitives.ReadUInt64LittleEndian(record.AsSpan(at)), long.MaxValue);

    private static int FindEnd(byte[] tail)
    {
        for (var at = tail.Length - EndLength; at >= 0; at--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(at)) == EndSignature)
            {
                return at;
            }
        }

        return -1;
    }

    private static bool StartsLikeAZip(Stream zip) =>
        zip.Length >= 4 && BinaryPrimitives.ReadUInt32LittleEndian(ReadAt(zip, 0, 4)) == 0x04034b50;

    private static byte[] ReadAt(Stream zip, long position, int count)
    {
        var buffer = new byte[count];
        zip.Position = position;
        zip.ReadExactly(buffer);
        return buffer;
    }

    public static Finding NotAZip(string where) => new(InspectionDiagnostics.NotAZip, where,
        "The file is not a zip archive, so no LMS can import it.", "Ask the supplier for the SCORM 1.2 export: a zip file.");

    public static Finding Damaged(string where, string what) => new(InspectionDiagnostics.ZipDamaged, where,
        $"The zip cannot be read: {what}.", "Download or copy the package again, and compare its size with the supplier's.");
}
