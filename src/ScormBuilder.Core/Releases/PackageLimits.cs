namespace ScormBuilder.Releases;

/// <summary>
/// How much of a previous package is read at most. A package is untrusted input (it may be anybody's zip), so
/// every read is bounded by what it actually inflates to, never by what its headers claim.
/// </summary>
internal static class PackageLimits
{
    /// <summary>The flagship's page is about 250 KB; a thousand times the flagship is still a course.</summary>
    public const long MaxPageBytes = 64L * 1024 * 1024;

    /// <summary>Far more files than a course ships, far fewer than a zip bomb of empty entries.</summary>
    public const int MaxEntries = 20_000;

    /// <summary>HTML compresses about 5:1; a ratio past this is a bomb, not a page.</summary>
    public const int MaxCompressionRatio = 200;
}
