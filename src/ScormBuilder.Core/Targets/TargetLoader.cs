using System.Text.RegularExpressions;
using ScormBuilder.Diagnostics;
using ScormBuilder.Loading;
using ScormBuilder.Sources;

namespace ScormBuilder.Targets;

/// <summary>
/// Reads the targets --target names: an organisation's own targets/NAME.yaml beside course.yaml first (as templates/
/// rebrands), else the one built in with that name.
/// </summary>
internal static partial class TargetLoader
{
    /// <summary>The folder beside course.yaml that holds an organisation's own targets.</summary>
    public const string Folder = "targets";

    public const string Default = "generic";

    /// <summary>The targets built into ScormBuilder, in the order the help lists them.</summary>
    public static readonly IReadOnlyList<string> BuiltIn = [Default, "moodle", "learninghub", "esr"];

    /// <summary>Every named target, or null when one of them cannot be loaded (each problem reported).</summary>
    public static IReadOnlyList<Target>? LoadAll(IReadOnlyList<string> names, CourseFolder folder, DiagnosticBag diagnostics)
    {
        var targets = names.Distinct(StringComparer.Ordinal).Select(n => Load(n, folder, diagnostics)).ToList();
        return targets.Any(t => t is null) ? null : [.. targets!];
    }

    /// <summary>
    /// The target <paramref name="name"/>: targets/NAME.yaml under <paramref name="folder"/>, else built in. Whether the
    /// folder is the course's (build, check) or the one inspect runs in (<paramref name="besideCourse"/>) changes only
    /// what the message for an unknown target says.
    /// </summary>
    public static Target? Load(string name, CourseFolder folder, DiagnosticBag diagnostics, bool besideCourse = true)
    {
        var relative = $"{Folder}/{name}.yaml";
        if (!NamePattern().IsMatch(name))
        {
            diagnostics.Report(TargetDiagnostics.InvalidTargetName, new SourceLocation(folder.DisplayPath(CourseLoader.CourseFileName)),
                $"'{DiagnosticText.Quote(name)}' is not a target name: use lower-case letters, digits and '-', starting with a letter, e.g. 'learninghub'.");
            return null;
        }

        if (folder.Exists(relative))
        {
            var text = SourceText.Read(folder, relative, diagnostics);
            return text is null ? null : Parse(name, text, folder.DisplayPath(relative), diagnostics);
        }

        if (BuiltInText(name) is { } builtIn)
        {
            return Parse(name, builtIn, BuiltInPath(name), diagnostics);
        }

        diagnostics.Report(TargetDiagnostics.UnknownPlatformTarget, new SourceLocation(folder.DisplayPath(relative)), besideCourse
            ? $"There is no target '{name}'{Suggestion(name)}: the built-in ones are {string.Join(", ", BuiltIn)}. Or describe your platform in {relative} beside course.yaml."
            : $"There is no target '{name}'{Suggestion(name)}: looked for {relative} in '{folder.FullPath}', and the built-in ones are {string.Join(", ", BuiltIn)}. " +
              $"For a course's own target, pass its file, e.g. '--target course/{relative}'.");
        return null;
    }

    /// <summary>Whether a --target value names a target file (it ends in .yaml or .yml) rather than a target.</summary>
    public static bool IsFilePath(string value) =>
        value.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || value.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    /// <summary>The target in the file <paramref name="path"/> (inspect's '--target course/targets/turas.yaml'), named by the file's name.</summary>
    public static Target? LoadFile(string path, DiagnosticBag diagnostics)
    {
        var at = new SourceLocation(path.Replace('\\', '/'));
        var name = Path.GetFileNameWithoutExtension(path);
        if (!NamePattern().IsMatch(name))
        {
            diagnostics.Report(TargetDiagnostics.InvalidTargetName, at,
                $"'{DiagnosticText.Quote(name)}' is not a target name, and a target file's name is its target's name: rename the file with lower-case letters, digits and '-', starting with a letter, e.g. 'turas.yaml'.");
            return null;
        }

        using var folder = new CourseFolder(Path.GetDirectoryName(path) is { Length: > 0 } directory ? directory : ".", "folder");
        var file = Path.GetFileName(path);
        if (!folder.Exists(file))
        {
            diagnostics.Report(TargetDiagnostics.UnknownPlatformTarget, at,
                $"There is no target file '{folder.AbsolutePath(file)}'. Check the path (it is read from the current folder), or name a built-in target: {string.Join(", ", BuiltIn)}.");
            return null;
        }

        var text = SourceText.Read(folder, file, diagnostics);
        return text is null ? null : Parse(name, text, folder.DisplayPath(file), diagnostics);
    }

    /// <summary>The text of a built-in target, or null when none has that name.</summary>
    public static string? BuiltInText(string name)
    {
        using var stream = typeof(TargetLoader).Assembly.GetManifestResourceStream($"ScormBuilder.Targets.{name}.yaml");
        if (stream is null || !BuiltIn.Contains(name))
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }

    /// <summary>Where a built-in target's source lives, for diagnostics about it.</summary>
    public static string BuiltInPath(string name) => $"(built-in)/{Folder}/{name}.yaml";

    public static Target? Parse(string name, string text, string displayPath, DiagnosticBag diagnostics)
    {
        var own = new DiagnosticBag();
        var target = Read(name, text, displayPath, own);
        diagnostics.AddRange(own);
        return own.HasErrors ? null : target;
    }

    private static Target? Read(string name, string text, string displayPath, DiagnosticBag diagnostics)
    {
        var fields = YamlObject.Parse(text, displayPath, firstLine: 1, "the target", diagnostics, TargetShape.File);
        if (fields is null)
        {
            return null;
        }

        var platform = fields.String(TargetShape.Platform);
        var limits = ReadLimits(fields.Object(TargetShape.Limits, "the limits"));
        var package = ReadPackage(fields.Object(TargetShape.Package, "the package's file-name rule"));
        var target = new Target(name, platform ?? name, limits, package)
        {
            Launch = ReadLaunch(fields.Object(TargetShape.Launch, "the launch")),
            Stores = Choices(fields, TargetShape.Stores),
            Licences = Texts(fields, TargetShape.Licences),
            NotPublished = Texts(fields, TargetShape.NotPublished),
            Form = [.. Mappings(fields, TargetShape.Form, "a form field ('label:' and 'fact:')").Select(ReadField).OfType<FormField>()],
            Settings = [.. Mappings(fields, TargetShape.Settings, "a setting ('setting:', 'choose:' and 'why:')").Select(ReadSetting).OfType<TargetSetting>()],
            Checks = Texts(fields, TargetShape.Checks),
        };
        fields.ReportUnknownKeys();
        return platform is null ? null : target;
    }

    private static TargetLimits ReadLimits(YamlObject? limits)
    {
        if (limits is null)
        {
            return TargetLimits.None;
        }

        var read = new TargetLimits(limits.Int(TargetShape.TitleLimit), limits.Int(TargetShape.DescriptionLimit), limits.Int(TargetShape.KeywordLimit),
            limits.Int(TargetShape.KeywordsLimit), limits.Int(TargetShape.CopyrightLimit), limits.Int(TargetShape.AuthorsLimit));
        limits.ReportUnknownKeys();
        return read;
    }

    private static PackageNameRule ReadPackage(YamlObject? package)
    {
        if (package is null)
        {
            return PackageNameRule.AnyZip;
        }

        var rule = new PackageNameRule(package.String(TargetShape.Extension) ?? ".zip", package.Choice(TargetShape.ExtensionCase) == "exact");
        var name = package.String(TargetShape.PackageFileName);
        package.ReportUnknownKeys();
        return name is null ? rule
            : rule with { Pattern = PackageNamePattern.Read(name, rule, package.LocationOf(TargetShape.PackageFileName), package.Diagnostics) };
    }

    private static TargetLaunch? ReadLaunch(YamlObject? launch)
    {
        if (launch is null)
        {
            return null;
        }

        var window = launch.Choice(TargetShape.Window);
        var read = new TargetLaunch(window ?? "either", launch.String(TargetShape.Width), launch.String(TargetShape.Height))
        {
            Smallest = Pair(launch.Int(TargetShape.MinWidth), launch.Int(TargetShape.MinHeight)),
            Largest = Pair(launch.Int(TargetShape.MaxWidth), launch.Int(TargetShape.MaxHeight)),
        };
        launch.ReportUnknownKeys();
        return read;
    }

    private static (int, int)? Pair(int? width, int? height) => width is { } w && height is { } h ? (w, h) : null;

    private static FormField? ReadField(YamlObject field)
    {
        var label = field.String(TargetShape.Label);
        var fact = field.Choice(TargetShape.Fact);
        var required = field.Bool(TargetShape.Required) ?? false;
        field.ReportUnknownKeys();
        return label is null || fact is null ? null : new FormField(label, fact, required);
    }

    private static TargetSetting? ReadSetting(YamlObject setting)
    {
        var name = setting.String(TargetShape.Setting);
        var choose = setting.String(TargetShape.Choose);
        var why = setting.String(TargetShape.Why);
        setting.ReportUnknownKeys();
        return name is null || choose is null || why is null ? null : new TargetSetting(name, choose, why);
    }

    private static List<string> Texts(YamlObject fields, YamlKey key) => [.. fields.StringList(key).Select(s => s.Value.Trim())];

    // A list whose items must each be one of the key's choices: each wrong one is reported at its own line.
    private static List<string> Choices(YamlObject fields, YamlKey key)
    {
        var allowed = ((ChoiceValue)((ListValue)key.Value).Item).Allowed;
        var known = new List<string>();
        foreach (var item in fields.StringList(key))
        {
            if (allowed.Contains(item.Value, StringComparer.Ordinal))
            {
                known.Add(item.Value);
            }
            else
            {
                fields.Diagnostics.Report(LoadingDiagnostics.InvalidValue, item.Location,
                    $"'{key.Name}' lists '{DiagnosticText.Quote(item.Value)}', but each must be one of: {string.Join(", ", allowed)}.{Suggest.DidYouMean(item.Value, allowed)}");
            }
        }

        return known;
    }

    private static IEnumerable<YamlObject> Mappings(YamlObject fields, YamlKey key, string what) =>
        fields.List(key).Select(node => YamlObject.From(node, fields.Location, what, fields.Diagnostics, ((MappingValue)((ListValue)key.Value).Item).Shape))
            .OfType<YamlObject>();

    private static string Suggestion(string name) =>
        Suggest.Closest(name, BuiltIn) is { } closest ? $" (did you mean '{closest}'?)" : "";

    [GeneratedRegex("^[a-z][a-z0-9-]{0,63}$")]
    private static partial Regex NamePattern();
}
