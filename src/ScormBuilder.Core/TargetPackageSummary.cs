namespace ScormBuilder;

/// <summary>The package written again under a target's own name ('package: name:'): the same bytes as the standard zip.</summary>
public sealed record TargetPackageSummary(string Target, string Path);
