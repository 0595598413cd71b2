using System.Text;
using System.Text.Json;
using ScormBuilder.Diagnostics;
using ScormBuilder.Validation;

namespace ScormBuilder.Rendering;

/// <summary>
/// The learner runtime of the package, assets/runtime.js: the modules of the templates' runtime/ folder, in
/// the order its modules.txt gives, joined inside one function (nothing reaches window), after the saved-state
/// format and the learner-facing words as data. No bundler and no JavaScript engine: plain text in order.
/// </summary>
internal static class RuntimeScript
{
    public const string PackagePath = "assets/runtime.js";
    public const string Folder = "runtime";
    public const string OrderFile = "modules.txt";
    public const string WordsFile = "words.json";

    /// <summary>The key that names a JSON Schema for editors; a words.json may have it, and it is not a word.</summary>
    public const string SchemaKey = "$schema";

    /// <summary>ScormBuilder's own words, by name.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> DefaultWords =>
        [.. ReadWords(SavedStateFormat.ReadResource("ScormBuilder.Runtime.words.json")).OrderBy(w => w.Key, StringComparer.Ordinal)];

    /// <summary>The runtime joined from <paramref name="templatesDirectory"/>/runtime, or null when it has none.</summary>
    public static SiteFile? Join(string templatesDirectory, DiagnosticBag diagnostics)
    {
        var folder = Path.Combine(templatesDirectory, Folder);
        if (!Directory.Exists(folder))
        {
            return null;
        }

        var orderPath = Path.Combine(folder, OrderFile);
        if (!File.Exists(orderPath))
        {
            diagnostics.Report(RenderingDiagnostics.RuntimeModuleListMissing, new SourceLocation(Display(folder)),
                $"The runtime folder has no {OrderFile}, the list of its modules in the order the build joins them. Copy it from ScormBuilder's templates/runtime/ folder.");
            return null;
        }

        var templates = new TemplateFolder(templatesDirectory);
        if (templates.ReadText($"{Folder}/{OrderFile}", diagnostics) is not { } order)
        {
            return null;
        }

        var words = Words(folder, diagnostics);
        var script = new StringBuilder()
            .Append("// ScormBuilder learner runtime, joined by the build from templates/runtime/ in the order of modules.txt.\n")
            .Append("(() => {\n'use strict';\nconst sb = {};\n")
            .Append("sb.savedStateFormat = ").Append(Compact(SavedStateFormat.Current.Json)).Append(";\n")
            .Append("sb.wordTable = ").Append(words ?? "{}").Append(";\n");
        var failed = words is null;
        var lineNumber = 0;
        foreach (var line in order.Split('\n'))
        {
            lineNumber++;
            var name = line.Trim();
            if (name.Length == 0 || name.StartsWith('#'))
            {
                continue;
            }

            var path = Path.Combine(folder, name);
            if (!name.EndsWith(".js", StringComparison.Ordinal) || name.IndexOfAny(['/', '\\']) >= 0 || !File.Exists(path))
            {
                diagnostics.Report(RenderingDiagnostics.UnknownRuntimeModule, new SourceLocation(Display(orderPath), lineNumber, 1), name);
                failed = true;
                continue;
            }

            if (templates.ReadText($"{Folder}/{name}", diagnostics) is not { } module)
            {
                failed = true;
                continue;
            }

            script.Append("// ---- ").Append(name).Append(" ----\n").Append(WithoutCommentLines(module)).Append('\n');
        }

        script.Append("})();\n");
        return failed ? null : SiteFile.FromBytes(PackagePath, Encoding.UTF8.GetBytes(script.ToString()));
    }

    // The modules explain themselves at length for their authors; learners on slow NHS links should not download
    // that. Whole comment lines go; code lines stay exactly as written (no module uses a template literal).
    private static string WithoutCommentLines(string module) =>
        string.Join('\n', module.TrimEnd('\n').Split('\n').Where(line => !line.TrimStart().StartsWith("//", StringComparison.Ordinal)));

    /// <summary>The words the runtime shows: ScormBuilder's own, with those of the templates' words.json over them.</summary>
    internal static string? Words(string folder, DiagnosticBag diagnostics)
    {
        var words = ReadWords(SavedStateFormat.ReadResource("ScormBuilder.Runtime.words.json"));
        var path = Path.Combine(folder, WordsFile);
        if (File.Exists(path))
        {
            var location = new SourceLocation(Display(path));
            try
            {
                var text = new TemplateFolder(folder).ReadText(WordsFile, diagnostics);
                if (text is null)
                {
                    return null;
                }

                foreach (var (key, value) in ReadWords(text))
                {
                    if (!words.ContainsKey(key))
                    {
                        diagnostics.Report(RenderingDiagnostics.UnknownRuntimeWord, location,
                            $"'{key}' is not a word the runtime uses. Use the names in ScormBuilder's own templates/runtime/{WordsFile}.");
                        return null;
                    }

                    words[key] = value;
                }
            }
            catch (JsonException e)
            {
                diagnostics.Report(RenderingDiagnostics.InvalidRuntimeWords, location with { Line = (int)(e.LineNumber ?? 0) + 1, Column = (int)(e.BytePositionInLine ?? 0) + 1 },
                    $"{WordsFile} must be one JSON object of names and texts, e.g. {{ \"quizTryAgain\": \"Try again\" }}: {e.Message.Split(" Path:")[0].TrimEnd('.')}.");
                return null;
            }
        }

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            foreach (var (key, value) in words)
            {
                json.WriteString(key, value);
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static Dictionary<string, string> ReadWords(string json)
    {
        using var document = JsonDocument.Parse(json);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("The file is not a JSON object.");
        }

        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var word in document.RootElement.EnumerateObject().Where(w => w.Name != SchemaKey))
        {
            words[word.Name] = word.Value.ValueKind == JsonValueKind.String
                ? word.Value.GetString()!
                : throw new JsonException($"'{word.Name}' is not a text in quotes.");
        }

        return words;
    }

    private static string Compact(string json)
    {
        using var document = JsonDocument.Parse(json);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            document.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string Display(string path) => path.Replace('\\', '/');
}
