namespace ScormBuilder.Targets;

/// <summary>
/// A platform a package is uploaded to, as its target file describes it: the rules a course must keep for it (limits,
/// the package's file name, the licences it offers, the facts its form needs) and, for the person uploading, its form,
/// the settings to choose and the checks only a person can make.
/// </summary>
internal sealed record Target(string Name, string Platform, TargetLimits Limits, PackageNameRule PackageName)
{
    /// <summary>How the platform opens the course: in a new window or a frame, and at what size.</summary>
    public TargetLaunch? Launch { get; init; }

    /// <summary>What the platform keeps from the manifest (title, keywords, mastery score, …): names from <see cref="TargetShape.StoredFields"/>.</summary>
    public IReadOnlyList<string> Stores { get; init; } = [];

    /// <summary>The licences its form offers; empty when it asks for none.</summary>
    public IReadOnlyList<string> Licences { get; init; } = [];

    /// <summary>Limits the platform does not publish, named so the uploader is told rather than given a guess.</summary>
    public IReadOnlyList<string> NotPublished { get; init; } = [];

    /// <summary>The upload form's fields, in the form's order.</summary>
    public IReadOnlyList<FormField> Form { get; init; } = [];

    public IReadOnlyList<TargetSetting> Settings { get; init; } = [];

    /// <summary>What a person must confirm, which the tool cannot check.</summary>
    public IReadOnlyList<string> Checks { get; init; } = [];

    /// <summary>The file name the target gives the package (its 'package: name:', filled in); null when it has none.</summary>
    public string? OwnPackageFileName(string id, string version) => PackageName.Pattern?.FileNameFor(id, version, Name);
}

/// <summary>The longest (or, for authors, the most) of each fact the platform keeps; null where it states no limit.</summary>
internal sealed record TargetLimits(int? Title, int? Description, int? Keyword, int? Keywords, int? Copyright, int? Authors)
{
    public static TargetLimits None { get; } = new(null, null, null, null, null, null);
}

/// <summary>The ending a package's file name must have, whether its case must match exactly, and the target's own name for it.</summary>
internal sealed record PackageNameRule(string Extension, bool ExactCase)
{
    /// <summary>The target's own file name for the package, beside the standard one; null for the standard name only.</summary>
    public PackageNamePattern? Pattern { get; init; }

    public static PackageNameRule AnyZip { get; } = new(".zip", ExactCase: false);

    public bool Allows(string fileName) =>
        fileName.EndsWith(Extension, ExactCase ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);
}

/// <summary>Where the platform opens the course ("new", "current" or "either"), its default size and the sizes it allows.</summary>
internal sealed record TargetLaunch(string Window, string? Width, string? Height)
{
    public (int Width, int Height)? Smallest { get; init; }

    public (int Width, int Height)? Largest { get; init; }
}

/// <summary>One field of the upload form: its label, the course.yaml fact that fills it, and whether the form needs it.</summary>
internal sealed record FormField(string Label, string Fact, bool Required);

/// <summary>A setting to choose on the platform, and why.</summary>
internal sealed record TargetSetting(string Setting, string Choose, string Why);
