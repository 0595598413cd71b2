using System.Text.Json;
using Json.Schema;
using NetArchTest.Rules;
using ScormBuilder.Rendering;
using ScormBuilder.Schemas;
using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Schemas;

/// <summary>
/// The committed schemas (src/ScormBuilder.Core/Schemas/*.json) are exactly what the generator makes from the loaders' shapes: a change to a shape
/// without regenerating them fails here (SCORMBUILDER_UPDATE_GOLDEN=1 rewrites them, for review in the diff).
/// </summary>
public sealed class CourseSchemasTests
{
    private static readonly IReadOnlyList<SchemaFile> s_generated = CourseSchemas.All(CompilerPipeline.Default);

    public static TheoryData<string> Names => [.. s_generated.Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public void Should_match_the_committed_schema(string name) =>
        GoldenFile.MatchFile(SchemaCheck.SchemaPath(name), s_generated.Single(s => s.Name == name).Text);

    [Fact]
    public void Should_commit_no_schema_the_generator_does_not_make()
    {
        var committed = Directory.GetFiles(Path.GetDirectoryName(SchemaCheck.SchemaPath("course.schema.json"))!, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(s_generated.Select(s => s.Name).Order(StringComparer.Ordinal), committed);
    }

    [Fact]
    public void Should_make_one_schema_for_course_yaml_quiz_yaml_references_yaml_scenarios_targets_and_the_words() =>
        Assert.Equal(["course.schema.json", "quiz.schema.json", "references.schema.json", "scenario.schema.json", "target.schema.json", "words.schema.json"], s_generated.Select(s => s.Name).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Names))]
    public void Should_be_a_valid_draft_07_schema(string name)
    {
        // Given the generated schema
        using var schema = JsonDocument.Parse(s_generated.Single(s => s.Name == name).Text);

        // When it is checked against the draft-07 meta-schema
        var result = MetaSchemas.Draft7.Evaluate(schema.RootElement);

        // Then it is one
        Assert.True(result.IsValid, name);
        Assert.Equal(JsonSchemaWriter.Dialect, schema.RootElement.GetProperty("$schema").GetString());
    }

    [Fact]
    public void Should_describe_every_word_the_runtime_uses_with_its_default()
    {
        using var schema = JsonDocument.Parse(s_generated.Single(s => s.Name == "words.schema.json").Text);
        var properties = schema.RootElement.GetProperty("properties");

        var described = RuntimeScript.DefaultWords.Where(w =>
            properties.TryGetProperty(w.Key, out var word) && word.GetProperty("description").GetString() == $"Default: {w.Value}");

        Assert.Equal(RuntimeScript.DefaultWords.Count, described.Count());
        Assert.Equal(RuntimeScript.DefaultWords.Count + 1, properties.EnumerateObject().Count());
    }

    [Fact]
    public void Should_sit_above_the_stages_and_the_kinds_which_never_use_it()
    {
        var result = Types.InAssembly(typeof(CourseCompiler).Assembly)
            .That().DoNotResideInNamespace(typeof(CourseSchemas).Namespace!)
            .Should().NotHaveDependencyOnAny(typeof(CourseSchemas).Namespace!).GetResult();

        Assert.True(result.IsSuccessful, string.Join(", ", (result.FailingTypes ?? []).Select(t => t.FullName)));
    }
}
