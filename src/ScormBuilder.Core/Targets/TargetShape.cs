using ScormBuilder.Loading;

namespace ScormBuilder.Targets;

/// <summary>The keys of a target file (built in, or targets/NAME.yaml beside course.yaml); its schema is made from them.</summary>
internal static class TargetShape
{
    /// <summary>The name of its schema: schemas/target.schema.json.</summary>
    public const string Name = "target";

    /// <summary>The course.yaml facts a form field can be filled from.</summary>
    public static readonly IReadOnlyList<string> Facts =
        ["title", "description", "keywords", "authors", "owner", "licence", "certificate", "audience", "competences", "version", "language", "duration_minutes", "mastery_score", "package_file"];

    /// <summary>What a platform can keep from the manifest; the uploader's sheet shows this package's value of each.</summary>
    public static readonly IReadOnlyList<string> StoredFields =
        ["title", "description", "keywords", "copyright", "mastery_score", "max_time_allowed", "launch_data"];

    public static readonly YamlKey Platform = new("platform", new TextValue(), "The platform's name, as messages and the uploader's sheet say it.", Required: true);

    public static readonly YamlKey About = new("about", new TextValue(), "A sentence on the platform and where its rules come from.");

    private static YamlKey Limit(string name, string description) => new(name, new WholeNumberValue(1, 1_000_000), description);

    public static readonly YamlKey TitleLimit = Limit("title", "The longest title it stores, in characters.");
    public static readonly YamlKey DescriptionLimit = Limit("description", "The longest description it accepts, in characters.");
    public static readonly YamlKey KeywordLimit = Limit("keyword", "The longest single keyword it accepts, in characters.");
    public static readonly YamlKey KeywordsLimit = Limit("keywords", "The longest all keywords may be together, joined by commas, in characters.");
    public static readonly YamlKey CopyrightLimit = Limit("copyright", "The longest copyright statement (course.yaml's licence) it stores, in characters.");
    public static readonly YamlKey AuthorsLimit = Limit("authors", "The most authors its form takes.");

    public static readonly YamlShape LimitsShape = new("What the platform stores or its form accepts; leave out a limit it does not state.",
        [TitleLimit, DescriptionLimit, KeywordLimit, KeywordsLimit, CopyrightLimit, AuthorsLimit]);

    public static readonly YamlKey Limits = new("limits", new MappingValue(LimitsShape), "The platform's stated limits.");

    public static readonly YamlKey Extension = new("extension", new TextValue(NumbersToo: false), "The ending the zip's name must have, e.g. '.zip'.", Required: true);

    public static readonly YamlKey ExtensionCase = new("extension_case", new ChoiceValue(["exact", "any"]),
        "exact: the ending's case must match ('.ZIP' is refused); any (the default): any case.");

    public static readonly YamlKey PackageFileName = new("name", new TextValue(NumbersToo: false),
        "The target's own file name for the package, written beside the standard one with the same bytes, e.g. 'NES_{id}_v{version}.zip': it must hold {id} and {version} ({target} is the target's name) and end in the extension.");

    public static readonly YamlKey Package = new("package", new MappingValue(new("The rule for the package's file name.", [Extension, ExtensionCase, PackageFileName])),
        "The package's file-name rule (default: ends in .zip, any case).");

    public static readonly YamlKey Window = new("window", new ChoiceValue(["new", "current", "either"]),
        "Where the platform opens the course: a new window, the current window (in a frame), or either, as set up.", Required: true);

    public static readonly YamlKey Width = new("width", new TextValue(NumbersToo: true), "The default width: pixels, or a percentage such as '100%'.");
    public static readonly YamlKey Height = new("height", new TextValue(NumbersToo: true), "The default height: pixels, or a percentage.");

    private static YamlKey Size(string name, string description) => new(name, new WholeNumberValue(1, 100_000), description);

    public static readonly YamlKey MinWidth = Size("min_width", "The narrowest window it allows, in pixels.");
    public static readonly YamlKey MinHeight = Size("min_height", "The shortest window it allows, in pixels.");
    public static readonly YamlKey MaxWidth = Size("max_width", "The widest window it allows, in pixels.");
    public static readonly YamlKey MaxHeight = Size("max_height", "The tallest window it allows, in pixels.");

    public static readonly YamlKey Launch = new("launch",
        new MappingValue(new("How the platform opens the course.", [Window, Width, Height, MinWidth, MinHeight, MaxWidth, MaxHeight])),
        "How the platform opens the course.");

    public static readonly YamlKey Stores = new("stores", new ListValue(new ChoiceValue(StoredFields)),
        "What the platform keeps from the manifest, e.g. [title, keywords, copyright, mastery_score]: the sheet shows this package's value of each.");

    public static readonly YamlKey Licences = new("licences", new ListValue(new TextValue()),
        "The licences the platform's form offers: course.yaml's licence must be one of them. Leave out when it asks for none.");

    public static readonly YamlKey NotPublished = new("not_published", new ListValue(new TextValue()),
        "Limits the platform does not publish (e.g. 'zip size'), so the uploader's sheet says so instead of guessing.");

    public static readonly YamlKey Label = new("label", new TextValue(), "The field's label on the form.", Required: true);
    public static readonly YamlKey Fact = new("fact", new ChoiceValue(Facts), "The course.yaml fact that fills it; package_file: the zip's file name.", Required: true);
    public static readonly YamlKey Required = new("required", new FlagValue(), "true when the form cannot be sent without it: course.yaml must give the fact.");

    public static readonly YamlKey Form = new("form", new ListValue(new MappingValue(new("A field of the upload form.", [Label, Fact, Required]))),
        "The upload form's fields, in the form's order.");

    public static readonly YamlKey Setting = new("setting", new TextValue(), "The setting's name on the platform.", Required: true);
    public static readonly YamlKey Choose = new("choose", new TextValue(), "What to choose.", Required: true);
    public static readonly YamlKey Why = new("why", new TextValue(), "Why.", Required: true);

    public static readonly YamlKey Settings = new("settings", new ListValue(new MappingValue(new("A setting to choose.", [Setting, Choose, Why]))),
        "What to choose on the platform when adding the course, and why.");

    public static readonly YamlKey Checks = new("checks", new ListValue(new TextValue()),
        "What a person must confirm on upload that the tool cannot check, e.g. that the course holds no personal data.");

    public static readonly YamlShape File = new("A ScormBuilder target: the platform a package is uploaded to (targets/NAME.yaml).",
        [Platform, About, Limits, Package, Launch, Stores, Licences, NotPublished, Form, Settings, Checks]);
}
