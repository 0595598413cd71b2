using Jint;
using ScormBuilder.Diagnostics;
using ScormBuilder.Rendering;
using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Runtime;

/// <summary>
/// The build joins templates/runtime into the one assets/runtime.js of the package: in the declared order,
/// inside one function, with the words of the templates folder, which reach the learner.
/// </summary>
public sealed class RuntimeScriptTests : IDisposable
{
    private readonly string _templates = Directory.CreateTempSubdirectory("sb-templates-").FullName;

    public RuntimeScriptTests()
    {
        foreach (var file in Directory.GetFiles(RepoPaths.Templates, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(_templates, Path.GetRelativePath(RepoPaths.Templates, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }

    [Fact]
    public void Should_join_every_listed_module_in_order_inside_one_function()
    {
        var script = Join(_templates);

        var modules = File.ReadAllLines(Path.Combine(_templates, "runtime", "modules.txt")).Where(l => l.EndsWith(".js", StringComparison.Ordinal)).ToList();
        var positions = modules.Select(m => script.IndexOf("// ---- " + m + " ----", StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p > 0));
        Assert.Equal(positions.Order(), positions);
        Assert.StartsWith("// ", script, StringComparison.Ordinal);
        Assert.EndsWith("})();\n", script, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_start_the_course_and_leak_nothing_onto_window()
    {
        var page = Run(Join(_templates));

        Assert.Equal("1 of 6 parts done|You are using this course outside a learning system. Your progress is kept only until you close this window.|undefined",
            page.Evaluate("[elements['sb-progress-text'].textContent, elements['sb-notice'].textContent, typeof sb].join('|')").AsString());
    }

    [Fact]
    public void Should_show_the_learner_the_words_of_the_templates_folder_and_the_default_for_the_rest()
    {
        File.WriteAllText(Path.Combine(_templates, "runtime", "words.json"), """
            { "progress": "{done} von {total} Teilen erledigt", "standaloneWindow": "Ihr Fortschritt bleibt in diesem Fenster." }
            """);

        var script = Join(_templates);
        var page = Run(script);

        Assert.Equal("1 von 6 Teilen erledigt|Ihr Fortschritt bleibt in diesem Fenster.",
            page.Evaluate("[elements['sb-progress-text'].textContent, elements['sb-notice'].textContent].join('|')").AsString());
        Assert.Contains("\"quizTryAgain\":\"Try again\"", script, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_start_the_course_from_the_minified_runtime_a_package_ships()
    {
        var joined = Join(_templates);
        var diagnostics = new DiagnosticBag();
        var shipped = AssetMinifier.Minify([SiteFile.FromBytes(RuntimeScript.PackagePath, System.Text.Encoding.UTF8.GetBytes(joined))], _templates, diagnostics);
        var minified = System.Text.Encoding.UTF8.GetString(Assert.Single(shipped).Content!);

        var page = Run(minified);

        Assert.Empty(diagnostics.ToSortedList());
        Assert.True(minified.Length < joined.Length * 2 / 3, $"Minified to {minified.Length:N0} of {joined.Length:N0} characters.");
        Assert.Equal("1 of 6 parts done|undefined",
            page.Evaluate("[elements['sb-progress-text'].textContent, typeof sb].join('|')").AsString());
    }

    [Fact]
    public void Should_ship_a_runtime_the_minifier_cannot_read_as_written_with_a_warning()
    {
        File.AppendAllText(Path.Combine(_templates, "runtime", "page.js"), "\nclass Later { static { Later.ready = true; } }\n");
        var joined = System.Text.Encoding.UTF8.GetBytes(Join(_templates));
        var diagnostics = new DiagnosticBag();

        var shipped = AssetMinifier.Minify([SiteFile.FromBytes(RuntimeScript.PackagePath, joined)], _templates, diagnostics);

        Assert.Equal(joined, Assert.Single(shipped).Content);
        var warning = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal((DiagnosticCodes.AssetNotMinified, false), (warning.Code, warning.IsError));
        Assert.Contains("assets/runtime.js ships as written, not minified", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_let_a_words_file_name_its_schema_for_editors_and_keep_it_from_the_learner()
    {
        File.WriteAllText(Path.Combine(_templates, "runtime", "words.json"), """
            { "$schema": "../../schemas/words.schema.json", "quizTryAgain": "Have another go" }
            """);
        var diagnostics = new DiagnosticBag();

        var script = System.Text.Encoding.UTF8.GetString(RuntimeScript.Join(_templates, diagnostics)?.Content ?? []);

        Assert.Empty(diagnostics.ToSortedList());
        Assert.Contains("\"quizTryAgain\":\"Have another go\"", script, StringComparison.Ordinal);
        Assert.DoesNotContain("$schema", script, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_use_the_default_words_when_the_templates_folder_has_none()
    {
        File.Delete(Path.Combine(_templates, "runtime", "words.json"));

        var script = Join(_templates);

        Assert.Contains("\"progress\":\"{done} of {total} parts done\"", script, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ \"progres\": \"x\" }", DiagnosticCodes.UnknownRuntimeWord, "'progres' is not a word the runtime uses")]
    [InlineData("{ \"progress\": 5 }", DiagnosticCodes.InvalidRuntimeWords, "must be one JSON object of names and texts")]
    [InlineData("{ \"progress\": \"x\",, }", DiagnosticCodes.InvalidRuntimeWords, "must be one JSON object of names and texts")]
    public void Should_report_a_broken_words_file(string words, string code, string expected)
    {
        File.WriteAllText(Path.Combine(_templates, "runtime", "words.json"), words);
        var diagnostics = new DiagnosticBag();

        Assert.Null(RuntimeScript.Join(_templates, diagnostics));

        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal((code, "words.json"), (error.Code, Path.GetFileName(error.Location.Path)));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_point_at_a_listed_module_that_is_missing()
    {
        File.Delete(Path.Combine(_templates, "runtime", "quiz.js"));
        var diagnostics = new DiagnosticBag();

        Assert.Null(RuntimeScript.Join(_templates, diagnostics));

        var error = Assert.Single(diagnostics.ToSortedList());
        var quizLine = Array.IndexOf(File.ReadAllLines(Path.Combine(_templates, "runtime", "modules.txt")), "quiz.js") + 1;
        Assert.Equal(("modules.txt", quizLine), (Path.GetFileName(error.Location.Path), error.Location.Line));
        Assert.Contains("'quiz.js' is not a .js file in the runtime folder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_keep_every_module_under_400_lines() =>
        Assert.All(Directory.GetFiles(RuntimeModules.Folder, "*.js"), f => Assert.True(File.ReadAllLines(f).Length <= 400, f));

    [Fact]
    public void Should_load_the_pure_modules_with_no_page_at_all()
    {
        var js = RuntimeModules.Load("words.js", "time.js", "course.js", "saved-state.js");

        Assert.Equal("undefined|undefined|function", js.Evaluate("[typeof document, typeof window, typeof sb.savedState].join('|')").AsString());
    }

    public void Dispose() => Directory.Delete(_templates, recursive: true);

    private static string Join(string templates)
    {
        var diagnostics = new DiagnosticBag();
        var runtime = RuntimeScript.Join(templates, diagnostics);
        Assert.Empty(diagnostics.ToSortedList());
        return System.Text.Encoding.UTF8.GetString(Assert.IsType<SiteFile>(runtime).Content!);
    }

    private static Engine Run(string script)
    {
        var engine = new Engine(options => options.TimeoutInterval(TimeSpan.FromSeconds(10)));
        engine.SetValue("courseJson", RuntimeModules.CourseJson(RepoPaths.MinimalCourse));
        engine.Execute(RuntimeModules.StubPage);
        engine.Execute(script, "assets/runtime.js");
        return engine;
    }
}
