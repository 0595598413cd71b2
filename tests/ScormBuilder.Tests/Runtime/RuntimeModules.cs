using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Jint;
using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Runtime;

/// <summary>
/// The learner runtime's real module files from templates/runtime, loaded into Jint the way the build joins
/// them: strict code sharing one namespace object, <c>sb</c>. Pure modules load alone, with no DOM at all.
/// </summary>
internal static partial class RuntimeModules
{
    private static readonly ConcurrentDictionary<string, string> s_courseJson = new(StringComparer.Ordinal);

    /// <summary>
    /// Just enough of a page for the whole runtime to start: every element exists, remembers its text and its
    /// listeners (<c>fire</c> calls them); both storages count their writes. The roots of components are those
    /// <c>roots</c> names (the device panel's); an element finds another by its id. No LMS unless a test adds window.API.
    /// </summary>
    public const string StubPage = """
        var elements = {};
        function element(id) {
          const listeners = {};
          return { id, textContent: '', value: '', checked: false, hidden: false, dataset: {},
            classList: { toggle() {}, add() {}, remove() {} }, setAttribute() {},
            getAttribute() { return null; }, removeAttribute() {}, hasAttribute() { return false; },
            addEventListener(type, listener) { (listeners[type] = listeners[type] || []).push(listener); },
            fire(type) { (listeners[type] || []).forEach(listener => listener({ type })); },
            querySelector(selector) { return selector.startsWith('#') ? document.getElementById(selector.slice(1)) : null; },
            querySelectorAll() { return []; }, focus() {}, append() {} };
        }
        function storage() {
          const items = {};
          return { items, writes: [], get length() { return Object.keys(items).length; },
            key(i) { const keys = Object.keys(items); return i < keys.length ? keys[i] : null; },
            getItem(k) { return k in items ? items[k] : null; },
            setItem(k, v) { this.writes.push(k); items[k] = String(v); }, removeItem(k) { delete items[k]; } };
        }
        var document = {
          getElementById(id) { return id === 'sb-course' ? { textContent: courseJson } : (elements[id] = elements[id] || element(id)); },
          querySelector() { return null; }, addEventListener() {}, documentElement: { lang: 'en-GB' },
          querySelectorAll(selector) {
            const root = /^\[data-component="(.+)"\]$/.exec(selector);
            return root && roots[root[1]] ? roots[root[1]].map(id => document.getElementById(id)) : [];
          },
        };
        var roots = { device: ['sb-device'] };
        var window = { opener: null, addEventListener() {}, scrollTo() {}, localStorage: storage(), sessionStorage: storage() };
        window.top = window;
        function setTimeout() { return 0; }
        function clearTimeout() {}
        """;

    public static string Folder => Path.Combine(RepoPaths.Templates, "runtime");

    public static Engine Load(params string[] modules)
    {
        var engine = Empty();
        // Every module may register a component: the registry comes first, as in modules.txt.
        foreach (var module in modules.Contains("components.js") ? modules : ["components.js", .. modules])
        {
            Run(engine, module);
        }

        return engine;
    }

    /// <summary>An engine with the namespace <c>sb</c>, the saved-state format and the words, as the build starts the joined runtime.</summary>
    public static Engine Empty()
    {
        var engine = new Engine(options => options.Strict().TimeoutInterval(TimeSpan.FromSeconds(10)));
        engine.SetValue("savedStateFormatJson", File.ReadAllText(Path.Combine(Folder, "saved-state.json")));
        engine.SetValue("wordsJson", File.ReadAllText(Path.Combine(Folder, "words.json")));
        engine.Execute("var sb = {}; sb.savedStateFormat = JSON.parse(savedStateFormatJson); sb.wordTable = JSON.parse(wordsJson);");
        return engine;
    }

    /// <summary>Runs one module file of templates/runtime in the engine.</summary>
    public static void Run(Engine engine, string module) => engine.Execute(File.ReadAllText(Path.Combine(Folder, module)), module);

    /// <summary>The modules runtime/modules.txt lists, in its order: the order the build joins them.</summary>
    public static string[] Listed() =>
        [.. File.ReadAllLines(Path.Combine(Folder, "modules.txt")).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))];

    /// <summary>time.js, course.js, saved-state.js and the modules of the kinds that save state, with <c>course</c> (of the built course) and <c>store</c> ready.</summary>
    public static Engine SavedState(string courseDirectory)
    {
        var engine = Load("time.js", "course.js", "saved-state.js", "quiz.js", "reflection.js", "scenario.js", "check.js");
        engine.SetValue("courseJson", CourseJson(courseDirectory));
        engine.Execute("""
            var course = sb.course(JSON.parse(courseJson));
            var store = sb.savedState(sb.savedStateFormat);
            // Every field at its longest: each part visited, attempts past the cap, every option that may be
            // ticked, every text full of delimiters, every date set, every scenario's path as long as it is kept.
            function worstCase() {
              const state = store.blank(course);
              course.parts.forEach(p => state.visited.add(p.id));
              if (course.quiz) {
                state.quiz = { attempts: 150, result: 'p', score: 100 };
                const longest = q => (q.type === 'multiple-response' ? q.options : q.type === 'matching' || q.type === 'ordering' ? q.correct : q.options[0]);
                // The largest draw: from each pool the questions whose saved answers are longest.
                const quiz = course.quiz;
                const poolOf = q => ((quiz.bank || {})[q.id] || { pool: 'all' }).pool;
                const size = q => q.id.length + longest(q).length;
                const drawn = quiz.draw
                  ? quiz.draw.flatMap(d => course.questions.filter(q => d.pool === null || poolOf(q) === d.pool).sort((x, y) => size(y) - size(x)).slice(0, d.count))
                  : course.questions;
                drawn.forEach(q => state.answers.set(q.id, longest(q)));
                // And, apart, the draw with the longest ids (the build counts each section at its longest).
                const longestIds = quiz.draw
                  ? quiz.draw.flatMap(d => course.questions.filter(q => d.pool === null || poolOf(q) === d.pool).sort((x, y) => y.id.length - x.id.length).slice(0, d.count))
                  : course.questions;
                state.draw = { seed: 9999, drawn: quiz.draw || quiz.shuffleQuestions ? longestIds.map(q => q.id) : [] };
              }
              course.prompts.forEach(p => state.texts.set(p.id, ';'.repeat(p.maxLength)));
              state.plan.forEach(a => { a.text = ','.repeat(course.reflection.actionMaxLength); a.date = '20261231'; });
              course.scenarioById.forEach(s => {
                const longest = s.nodes.reduce((a, n) => (n.id.length > a.id.length ? n : a));
                const endings = s.nodes.filter(n => n.ending).map(n => n.id);
                state.scenarios.set(s.id, { at: longest.id, path: Array(50).fill(longest.id), endings });
              });
              state.completed = '20261231';
              course.checks.forEach(c => state.checks.set(c.id, { answer: c.type === 'multiple-response' ? c.options : c.type === 'matching' || c.type === 'ordering' ? c.correct : c.options[0], checked: true }));
              return store.encode(state, course);
            }
            """);
        return engine;
    }

    /// <summary>The course data the built page gives the runtime (#sb-course), built once per course folder.</summary>
    public static string CourseJson(string courseDirectory) => s_courseJson.GetOrAdd(courseDirectory, directory =>
    {
        var output = Directory.CreateTempSubdirectory("sb-runtime-").FullName;
        try
        {
            var result = CourseCompiler.Default.Run(new BuildOptions(directory, RepoPaths.Templates, output));
            Assert.True(result.Summary?.PackagePath is not null, string.Join('\n', result.Diagnostics));
            var page = ScormPackage.Open(result.Summary!.PackagePath!).Text("index.html");
            return CourseData().Match(page).Groups[1].Value;
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    });

    [GeneratedRegex("""<script type="application/json" id="sb-course">(.*?)</script>""", RegexOptions.Singleline)]
    private static partial Regex CourseData();
}
