namespace ScormBuilder;

/// <summary>One uploader's sheet a build wrote: the target it is for, where it is, and the facts it shows.</summary>
public sealed record UploadSheetSummary(string Target, string Platform, string Path)
{
    /// <summary>The form's fields in its order, each with the course's value (null where the course gives none).</summary>
    public IReadOnlyList<SheetField> Fields { get; init; } = [];

    /// <summary>How the platform opens the course; a null value is one the target says is not published.</summary>
    public IReadOnlyList<SheetRow> Launch { get; init; } = [];

    /// <summary>What the platform keeps from the manifest, each with this package's manifest value (null where it has none).</summary>
    public IReadOnlyList<SheetRow> Stored { get; init; } = [];

    public IReadOnlyList<SheetSetting> Settings { get; init; } = [];

    /// <summary>What a person must confirm; the tool cannot check it.</summary>
    public IReadOnlyList<string> Checks { get; init; } = [];

    /// <summary>Limits the platform does not publish.</summary>
    public IReadOnlyList<string> NotPublished { get; init; } = [];
}

public sealed record SheetField(string Label, string? Value, bool Required);

public sealed record SheetSetting(string Setting, string Choose, string Why);

/// <summary>One fact the sheet shows, in words: its label and value.</summary>
public sealed record SheetRow(string Label, string? Value);
