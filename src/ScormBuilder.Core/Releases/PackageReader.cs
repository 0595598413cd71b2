using System.IO.Compression;
using System.Text;
using ScormBuilder.Diagnostics;
using ScormBuilder.Inspection;

namespace ScormBuilder.Releases;

/// <summary>
/// Reads a previous release's zip far enough to compare it: its manifest must be there, and its page is read
/// through inspect's bounded reader (<see cref="PackageEntry.ReadBounded"/>). Bad input is reported (SB4020–SB4025) at the zip's path, never thrown.
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

            // The zip's end record bounds its directory before ZipArchive reads all of it: inspect's reader and limits,
            // shared, so a zip claiming millions of entries is refused without reading them. ZipArchive refuses a
            // directory holding more entries than the end record says, so this one count bounds them.
            if (ZipDirectory.Read(file, zipPath).Problem is { } problem)
            {
                ReportDirectory(problem, at, diagnostics);
                return null;
            }

            file.Position = 0;
            using var zip = new ZipArchive(file, ZipArchiveMode.Read);
            return ReadPage(PackageEntries.List(zip), at, diagnostics);
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException)
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
                $"The zip says it holds more files than any course ({InspectionLimits.MaxEntries:N0} at most). Pass the package 'scormbuilder build' wrote.");
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

    private static string? ReadPage(IReadOnlyList<PackageEntry> entries, SourceLocation at, DiagnosticBag diagnostics)
    {
        var page = Find(entries, PageName);
        if (Find(entries, "imsmanifest.xml") is null || page is null)
        {
            diagnostics.Report(PackagingDiagnostics.NotScormBuilderPackage, at,
                $"The zip has no {(page is null ? PageName : "imsmanifest.xml")}, so it is not a package ScormBuilder built. Pass the -scorm12.zip that 'scormbuilder build' wrote.");
            return null;
        }

        // Inspect's bounded read: refused by its header first, then never more bytes than the header declares, checked against its CRC.
        if (page.Length > InspectionLimits.MaxPageBytes || PackageEntries.IsBomb(page) ||
            page.ReadBounded(InspectionLimits.MaxPageBytes) is not { Bytes: { } bytes })
        {
            diagnostics.Report(PackagingDiagnostics.PackageTooLarge, at,
                $"{PageName} inflates to more than {InspectionLimits.MaxPageBytes / (1024 * 1024)} MB, or far more than its compressed size allows (a zip bomb?). Pass the package 'scormbuilder build' wrote.");
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

    // As ZipArchive.GetEntry finds it: the first entry of the name.
    private static PackageEntry? Find(IReadOnlyList<PackageEntry> entries, string name) =>
        entries.FirstOrDefault(e => string.Equals(e.Name, name, StringComparison.Ordinal));
}
