namespace ScormBuilder.Inspection;

/// <summary>
/// How far any package is read (by inspect, by preview and by changes reading a previous release), so a hostile one
/// (a zip bomb, a manifest of entities, millions of entries) costs bounded time and memory. Each is far beyond any
/// real course.
/// </summary>
internal static class InspectionLimits
{
    /// <summary>The most entries a zip may say it holds; a large real course has a few thousand.</summary>
    public const int MaxEntries = 100_000;

    /// <summary>The largest central directory read into memory (about 300 bytes for each of <see cref="MaxEntries"/>).</summary>
    public const long MaxCentralDirectoryBytes = 32L * 1024 * 1024;

    /// <summary>The largest manifest read; a manifest listing 10,000 files is about 1 MB.</summary>
    public const int MaxManifestBytes = 8 * 1024 * 1024;

    /// <summary>The largest page of a previous release read to compare it; the flagship's page is about 250 KB.</summary>
    public const int MaxPageBytes = 64 * 1024 * 1024;

    /// <summary>The largest total an entry may expand to, by its header: beyond any course an LMS accepts.</summary>
    public const long MaxExpandedBytes = 4L * 1024 * 1024 * 1024;

    /// <summary>How many times its compressed size a large entry may expand; deflate rarely exceeds 20 on real files.</summary>
    public const long MaxCompressionRatio = 200;

    /// <summary>Entries smaller than this are not judged by ratio: a run of spaces compresses a thousandfold and harms nobody.</summary>
    public const long RatioFloorBytes = 1024 * 1024;

    /// <summary>The largest inner zip opened to see whether it is the real package.</summary>
    public const long MaxInnerZipBytes = 64L * 1024 * 1024;

    /// <summary>How many names one finding lists before it says how many more there are.</summary>
    public const int NamesPerFinding = 5;

    /// <summary>How many schema errors are reported; the first few say what to fix.</summary>
    public const int SchemaErrorsReported = 10;
}
