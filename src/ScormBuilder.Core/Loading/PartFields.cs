namespace ScormBuilder.Loading;

/// <summary>The front-matter keys every kind of part shares.</summary>
internal static class PartFields
{
    /// <summary>The 'id:' of a part or of an item in one, as a shape lists it.</summary>
    public static YamlKey IdKey(string description) => new("id", new TextValue(Ids.Pattern), description, Required: true);

    /// <summary>The 'title:' of a part, which LMSs store in a column of <see cref="YamlObject.MaxTitleLength"/> characters.</summary>
    public static YamlKey TitleKey(string description) =>
        new("title", new TextValue(MaxLength: YamlObject.MaxTitleLength), description, Required: true);

    public static YamlKey RequiredKey(string description) => new("required", new FlagValue(), description);

    public static (string? Id, string? Title, bool Required) ReadCommon(YamlObject fields, bool requiredByDefault = true) =>
        (Ids.Read(fields), fields.String("title", required: true), fields.Bool("required") ?? requiredByDefault);

    /// <summary>Splits a Markdown part file into front matter and body; null (reported) when it has none.</summary>
    public static FrontMatter? Split(PartSource source, LoadContext context) =>
        FrontMatter.Split(source.Text, source.DisplayPath, context.Diagnostics);
}
