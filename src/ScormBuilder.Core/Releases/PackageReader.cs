using System.IO.Compression;
using System.Text;
using ScormBuilder.Diagnostics;
using ScormBuilder.Inspection;

namespace ScormBuilder.Releases;

/// <summary>
/// Reads a previous release's zip far enough to compare it: its manifest must be there, and its page is read
/// with every byte counted. Bad input is reported (SB4020–SB4025) at the zip's path, never thrown.
/// </summary>
internal static class PackageReader
{
    public const string PageName = "index.html";

    private static readonly byte[] s_zipSignatures = [0x50, 0x4B];

    /// <summary>The package's page as text, or null after reporting why it cannot be read.</summary>
    public static string? ReadPage(string zipPath, DiagnosticBag diagnostics)
    {
        var at = new SourceLocation(zipPath.Replace('\\', '/'));
        try
        {
            using var file = new FileStream(zipPath, FileMode.Open, FileAccess.Read, FileShare.Read);
            if (!StartsLikeAZip(file))
            {
                diagnostics.Report(PackagingDiagnostics.PackageNotZip, at,
                    "This is not a zip file. Pass the -scorm12.zip that 'scormbuilder build' wrote for the previous release.");
                return null;
            }

            // The zip's end record bounds its directory before ZipArchive reads all of it: inspect's reader, shared,
            // so a zip claiming millions of entries is refused without reading them.
            if (ZipDirectory.Read(file, zipPath).Problem is { } problem)
            {
                ReportDirectory(problem, at, diagnostics);
                return null;
            }

            file.Position = 0;
            using var zip = new ZipArchive(file, ZipArchiveMode.Read);
            return ReadPage(zip, at, diagnostics);
        }
        catch (InvalidDataException)
        {
            ReportDamaged(at, diagnostics);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(PackagingDiagnostics.PackageUnreadable, at,
                $"Cannot read the package ({e.Message.TrimEnd('.')}). Check it is a regular file you may read.");
            return null;
        }
    }

    private static void ReportDirectory(Finding problem, SourceLocation at, DiagnosticBag diagnostics)
    {
        if (problem.Descriptor == InspectionDiagnostics.TooManyEntries)
        {
            diagnostics.Report(PackagingDiagnostics.PackageTooLarge, at,
                $"The zip says it holds more files than any course ({PackageLimits.MaxEntries:N0} at most). Pass the package 'scormbuilder build' wrote.");
        }
        else
        {
            ReportDamaged(at, diagnostics);
        }
    }

    private static void ReportDamaged(SourceLocation at, DiagnosticBag diagnostics) =>
        diagnostics.Report(PackagingDiagnostics.PackageDamaged, at,
            "The zip is damaged or cut short (an interrupted download or copy?). Download the package again from the LMS or your release archive.");

    private static bool StartsLikeAZip(Stream file)
    {
        var head = new byte[2];
        return file.ReadAtLeast(head, 2, throwOnEndOfStream: false) == 2 && head.AsSpan().SequenceEqual(s_zipSignatures);
    }

    private static string? ReadPage(ZipArchive zip, SourceLocation at, DiagnosticBag diagnostics)
    {
        if (zip.Entries.Count > PackageLimits.MaxEntries)
        {
            diagnostics.Report(PackagingDiagnostics.PackageTooLarge, at,
                $"The zip holds {zip.Entries.Count:N0} files, more than any course ({PackageLimits.MaxEntries:N0} at most). Pass the package 'scormbuilder build' wrote.");
            return null;
        }

        var page = zip.GetEntry(PageName);
        if (zip.GetEntry("imsmanifest.xml") is null || page is null)
        {
            diagnostics.Report(PackagingDiagnostics.NotScormBuilderPackage, at,
                $"The zip has no {(page is null ? PageName : "imsmanifest.xml")}, so it is not a package ScormBuilder built. Pass the -scorm12.zip that 'scormbuilder build' wrote.");
            return null;
        }

        var bytes = ReadBounded(page);
        if (bytes is null)
        {
            diagnostics.Report(PackagingDiagnostics.PackageTooLarge, at,
                $"{PageName} inflates to more than {PackageLimits.MaxPageBytes / (1024 * 1024)} MB, or far more than its compressed size allows (a zip bomb?). Pass the package 'scormbuilder build' wrote.");
            return null;
        }

        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Report(PackagingDiagnostics.NotScormBuilderPackage, at,
                $"{PageName} is not UTF-8 text, so ScormBuilder did not write it. Pass the -scorm12.zip that 'scormbuilder build' wrote.");
            return null;
        }
    }

    // Counts what really comes out, whatever the headers claim, and stops at the first byte past a limit.
    private static byte[]? ReadBounded(ZipArchiveEntry entry)
    {
        var limit = Math.Min(PackageLimits.MaxPageBytes, Math.Max(entry.CompressedLength, 1024) * PackageLimits.MaxCompressionRatio);
        if (entry.Length > limit)
        {
            return null;
        }

        using var source = entry.Open();
        using var target = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = source.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (target.Length + read > limit)
            {
                return null;
            }

            target.Write(buffer, 0, read);
        }

        return target.ToArray();
    }
}
