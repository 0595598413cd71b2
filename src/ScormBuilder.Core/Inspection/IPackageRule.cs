namespace ScormBuilder.Inspection;

/// <summary>A package as the rules see it: its name, its entries, and its manifest when one could be read.</summary>
public sealed record InspectedPackage(string Name, IReadOnlyList<PackageEntry> Entries, ManifestFacts? Manifest)
{
    /// <summary>The names of the entries that are files (not folders), in zip order.</summary>
    public IEnumerable<string> FileNames => Entries.Where(e => !e.IsFolder).Select(e => e.Name);
}

/// <summary>
/// One rule a package must keep: SCORM 1.2's and the content-packaging rules here; a platform's (a target) later,
/// through the same interface. A rule reports findings and never throws on what the package holds.
/// </summary>
public interface IPackageRule
{
    IEnumerable<Finding> Check(InspectedPackage package);
}
