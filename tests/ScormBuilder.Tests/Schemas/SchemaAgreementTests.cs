namespace ScormBuilder.Tests.Schemas;

/// <summary>
/// The schemas and the loader agree on what is wrong: each edit to the sample course is refused by both or by
/// neither (values an editor reads as YAML 1.2 numbers or booleans included), so an editor flags no good file.
/// </summary>
public sealed class SchemaAgreementTests
{
    private const string Debrief = "    debrief: The build's message told you where and what. Reading it first is the quickest way through.\n";

    public static TheoryData<string, string, string, bool> Edits => new()
    {
        // What both accept, though an editor reads some of it as numbers and booleans
        { "course.yaml", "version: 0.1.0", "version: 1.0", true },
        { "course.yaml", "authors: [Your name]", "authors: Your name", true },
        { "quiz.yaml", "    answer: false", "    answer: no", true },
        { "quiz.yaml", "\"None of these\", pin: true }", "\"None of these\", pin: yes }", true },
        { "quiz.yaml", "  cover: outcomes               # and at least one on every outcome: the build proves every attempt can\n  pools:\n    - { pool: writing, count: 2 }\n    - { pool: building, count: 2 }", "  per_pool: 1", true },
        { "references.yaml", "    checked: 2026-12-06\n    checked_how: stored\n", "", true },
        { "scenarios/broken-link.yaml", "outcomes: [lo-build]", "outcomes: lo-build", true },

        // What both refuse
        { "course.yaml", "duration_minutes: 20", "duration_minutes: 0", false },
        { "course.yaml", "language: en-GB\n", "", false },
        { "course.yaml", "id: my-first-course", "id: 1st-course", false },
        { "course.yaml", "failed_quiz_status: incomplete", "failed_quiz_status: passed", false },
        { "course.yaml", "title: \"My first course: writing a course in plain text\"", $"title: {new string('x', 256)}", false },
        { "quiz.yaml", "pass_mark: 80", "pass_mark: eighty", false },
        { "quiz.yaml", "    answer: false\n", "    answer: false\n    options: [{ id: a, text: A }]\n", false },
        { "quiz.yaml", "    answer: false\n", "", false },
        { "quiz.yaml", "    type: true-false", "    type: true/false", false },
        { "quiz.yaml", "    type: ordering", "    type: matching", false },
        { "quiz.yaml", "{ id: d, text: \"None of these\"", "{ id: dd, text: \"None of these\"", false },
        { "quiz.yaml", "{ id: 1, item: \"A session\", target: a }", "{ id: 12, item: \"A session\", target: a }", false },
        { "quiz.yaml", "{ pool: writing, count: 2 }", "{ pool: writing, count: -1 }", false },
        { "scenarios/broken-link.yaml", "  - id: n-line\n", "  - id: n-line\n    ending: good\n", false },
        { "scenarios/broken-link.yaml", "  - id: n-line\n", "  - id: n-line\n    debrief: Not here.\n", false },
        { "scenarios/broken-link.yaml", Debrief, "", false },
        { "scenarios/broken-link.yaml", "    ending: good\n", "", false },
        { "references.yaml", "    checked_how: stored\n", "    checked_how: online\n", false },
        { "references.yaml", "    checked: 2026-12-06\n", "    checked: 6 December 2026\n", false },
        { "references.yaml", "  - id: commonmark\n    title: CommonMark Spec\n", "  - id: commonmark\n", false },
        { "references.yaml", "  - heading: The package\n", "  - intro: No heading.\n", false },
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public void Should_refuse_what_the_loader_refuses_and_nothing_else(string file, string oldText, string newText, bool valid)
    {
        // Given the sample course with one edit
        var edit = SampleCourseEdit.Of(file, oldText, newText);

        // When the loader and the file's schema read it
        var loaderErrors = edit.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()).ToList();
        var schemaProblems = edit.SchemaProblems;

        // Then both accept it, or both refuse it
        Assert.True(valid ? loaderErrors.Count == 0 : loaderErrors.Count > 0, $"Loader: {string.Join('\n', loaderErrors)}");
        Assert.True(valid ? schemaProblems.Count == 0 : schemaProblems.Count > 0, $"Schema: {string.Join('\n', schemaProblems)}");
    }
}
