namespace ScormBuilder.Inspection;

/// <summary>Everything inspect found: what the package holds (when it could be read) and what is wrong with it, most important first.</summary>
public sealed record InspectionReport(string Package, long Bytes, int FileCount, string Tool, ManifestFacts? Manifest, IReadOnlyList<Finding> Findings)
{
    public bool BlocksUpload => Findings.Any(f => f.BlocksUpload);
}
