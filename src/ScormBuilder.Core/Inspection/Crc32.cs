namespace ScormBuilder.Inspection;

/// <summary>
/// The zip format's CRC-32 (IEEE 802.3, reflected). .NET stops reading an entry at the size its header declares, so
/// a header that lies about the size shows only as a checksum that does not match what was read.
/// </summary>
internal static class Crc32
{
    private static readonly uint[] s_table = [.. Enumerable.Range(0, 256).Select(n => Entry((uint)n))];

    public static uint Of(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc = s_table[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return ~crc;
    }

    private static uint Entry(uint n)
    {
        for (var bit = 0; bit < 8; bit++)
        {
            n = (n & 1) != 0 ? 0xEDB88320u ^ (n >> 1) : n >> 1;
        }

        return n;
    }
}
