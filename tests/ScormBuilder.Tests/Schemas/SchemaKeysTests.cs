using ScormBuilder.Diagnostics;

namespace ScormBuilder.Tests.Schemas;

/// <summary>
/// Each mapping's keys in the committed schemas are exactly those the loader accepts there: an unknown key put into
/// the sample course is refused by the loader, whose "Known keys here" list must be the schema's properties.
/// </summary>
public sealed class SchemaKeysTests
{
    private const string Unknown = "zz-unknown";

    public static TheoryData<string, string, string, string[]> Mappings => new()
    {
        { "course.yaml", "id: my-first-course", $"{Unknown}: 1\nid: my-first-course", [] },
        { "course.yaml", "  - id: lo-parts\n", $"  - id: lo-parts\n    {Unknown}: 1\n", ["properties", "outcomes", "items"] },
        { "course.yaml", "  failed_quiz_status: incomplete", $"  {Unknown}: 1\n  failed_quiz_status: incomplete", ["properties", "completion"] },
        { "quiz.yaml", "id: quiz\n", $"id: quiz\n{Unknown}: 1\n", [] },
        { "quiz.yaml", "  - id: q-keep-ids\n", $"  - id: q-keep-ids\n    {Unknown}: 1\n", ["properties", "questions", "items"] },
        { "quiz.yaml", "{ id: a, text: \"pages/\" }", $"{{ id: a, {Unknown}: 1, text: \"pages/\" }}", ["properties", "questions", "items", "properties", "options", "items"] },
        { "quiz.yaml", "{ id: 1, item: \"A session\", target: a }", $"{{ id: 1, {Unknown}: 1, item: \"A session\", target: a }}", ["properties", "questions", "items", "properties", "pairs", "items"] },
        { "quiz.yaml", "{ id: a, text: \"sessions/\" }", $"{{ id: a, {Unknown}: 1, text: \"sessions/\" }}", ["properties", "questions", "items", "properties", "targets", "items"] },
        { "quiz.yaml", "{ id: d, text: \"Upload the zip to the LMS\" }", $"{{ id: d, {Unknown}: 1, text: \"Upload the zip to the LMS\" }}", ["properties", "questions", "items", "properties", "items", "items"] },
        { "quiz.yaml", "      correct: \"Right. Reword", $"      {Unknown}: 1\n      correct: \"Right. Reword", ["properties", "questions", "items", "properties", "feedback"] },
        { "quiz.yaml", "{ pool: writing, count: 2 }", $"{{ pool: writing, {Unknown}: 1, count: 2 }}", ["properties", "draw", "anyOf", "3", "properties", "pools", "items"] },
        { "quiz.yaml", "  cover: outcomes               # and at least one on every outcome: the build proves every attempt can\n  pools:\n    - { pool: writing, count: 2 }\n    - { pool: building, count: 2 }", $"  per_pool: 1\n  {Unknown}: 1", ["properties", "draw", "anyOf", "1"] },
        { "quiz.yaml", "  cover: outcomes ", $"  {Unknown}: 1\n  cover: outcomes ", ["properties", "draw", "anyOf", "3"] },
        { "references.yaml", "id: references\n", $"id: references\n{Unknown}: 1\n", [] },
        { "references.yaml", "  - heading: The package\n", $"  - heading: The package\n    {Unknown}: 1\n", ["properties", "groups", "items"] },
        { "references.yaml", "  - id: commonmark\n", $"  - id: commonmark\n    {Unknown}: 1\n", ["properties", "references", "items"] },
        { "scenarios/broken-link.yaml", "start: n-error", $"{Unknown}: 1\nstart: n-error", [] },
        { "scenarios/broken-link.yaml", "  - id: n-line\n", $"  - id: n-line\n    {Unknown}: 1\n", ["properties", "nodes", "items"] },
        { "scenarios/broken-link.yaml", "      - text: Upload last week's package instead\n", $"      - text: Upload last week's package instead\n        {Unknown}: 1\n", ["properties", "nodes", "items", "properties", "choices", "items"] },
    };

    [Theory]
    [MemberData(nameof(Mappings))]
    public void Should_list_exactly_the_keys_the_loader_accepts(string file, string oldText, string newText, string[] schemaPath)
    {
        // Given the sample course with an unknown key in one mapping
        var edit = SampleCourseEdit.Of(file, oldText, newText);

        // When the loader refuses it
        var refused = Assert.Single(edit.Diagnostics, d => d.Code == DiagnosticCodes.UnknownKey);
        Assert.Contains($"'{Unknown}'", refused.Message, StringComparison.Ordinal);
        var known = refused.Message.Split("Known keys here: ")[1].TrimEnd('.').Split(", ");

        // Then the keys it knows there are the schema's, and the schema refuses the unknown key too
        Assert.Equal(known, edit.SchemaKeysAt(schemaPath));
        Assert.NotEmpty(edit.SchemaProblems);
    }

    [Fact]
    public void Should_be_accepted_by_the_loader_and_the_schema_as_new_writes_it()
    {
        var edit = SampleCourseEdit.Of("course.yaml", "id:", "id:");

        Assert.Empty(edit.Diagnostics);
        Assert.Empty(edit.SchemaProblems);
    }
}
