using ScormBuilder.Loading;
using ScormBuilder.Rendering;
using ScormBuilder.Targets;

namespace ScormBuilder.Schemas;

/// <summary>One JSON Schema file: its name in the schemas/ folder, and its text.</summary>
internal sealed record SchemaFile(string Name, string Text);

/// <summary>
/// The JSON Schemas that ship with ScormBuilder (schemas/ beside the tool, and in every course 'new' writes), made
/// from the shapes the loaders read with and from the runtime's own words, so they cannot say other than the build.
/// </summary>
internal static class CourseSchemas
{
    /// <summary>The folder that holds them, beside the tool and in a new course.</summary>
    public const string Folder = "schemas";

    public const string WordsName = "words";

    public static string FileName(string name) => $"{name}.schema.json";

    /// <summary>Every schema: one per YAML source file kind, in the pipeline's order, then the words.</summary>
    public static IReadOnlyList<SchemaFile> All(CompilerPipeline pipeline) =>
    [
        .. pipeline.ShapedFiles.Select(f => new SchemaFile(FileName(f.Name), JsonSchemaWriter.Write($"ScormBuilder {f.Pattern}", f.Shape))),
        new(FileName(WordsName), JsonSchemaWriter.Write($"ScormBuilder templates' {RuntimeScript.Folder}/{RuntimeScript.WordsFile}", Words)),
        new(FileName(TargetShape.Name), JsonSchemaWriter.Write($"ScormBuilder {TargetLoader.Folder}/NAME.yaml", TargetShape.File)),
    ];

    /// <summary>The words a templates folder may change: each the runtime's own, with its default as its description.</summary>
    public static YamlShape Words { get; } = new(
        $"The learner-facing words of the runtime. Give only those you change; the others keep ScormBuilder's. {{name}} marks a value filled in.",
        [
            new YamlKey(RuntimeScript.SchemaKey, new TextValue(NumbersToo: false), "The JSON Schema editors check this file with."),
            .. RuntimeScript.DefaultWords.Select(w => new YamlKey(w.Key, new TextValue(NumbersToo: false), $"Default: {w.Value}")),
        ]);
}
