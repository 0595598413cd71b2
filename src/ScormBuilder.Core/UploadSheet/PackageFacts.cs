using System.Security.Cryptography;

namespace ScormBuilder.UploadSheet;

/// <summary>The package as written: its file name, size in bytes and SHA-256, for the uploader to compare with what the platform received.</summary>
internal sealed record PackageFacts(string FileName, long Bytes, string Sha256)
{
    /// <summary>Reads the whole zip from the start of <paramref name="zip"/>; the stream's position is left at its end.</summary>
    public static PackageFacts Of(string fileName, Stream zip)
    {
        zip.Position = 0;
        var hash = Convert.ToHexStringLower(SHA256.HashData(zip));
        return new PackageFacts(fileName, zip.Length, hash);
    }
}
