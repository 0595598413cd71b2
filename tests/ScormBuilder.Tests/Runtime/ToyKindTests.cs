using Jint;

namespace ScormBuilder.Tests.Runtime;

/// <summary>
/// A kind added later is one runtime module and its line in modules.txt: the whole runtime, in the order of
/// modules.txt, with a toy kind's module before main.js, on a stub page. The toy's slice is saved into the
/// saved-state string, restored from it after a reload, and counts toward progress and completion.
/// </summary>
public sealed class ToyKindTests
{
    // A toy part is done once pressed twice; its presses are saved in a section of its own.
    private const string ToyModule = """
        sb.kinds = Object.assign(sb.kinds || {}, {
          toy: {
            done: (part, state) => (state.toys.get(part.id) || 0) >= 2,
            attempted: (part, state) => state.toys.has(part.id),
            lookups: data => ({ toyParts: data.parts.filter(p => p.kind === 'toy') }),
            saved: {
              sections: [{ tag: 't', each: 'toy', item: [{ id: 'toy' }, '=', { number: 'presses', max: 99 }] }],
              blank: () => ({ toys: new Map() }),
              items: (state, { toyParts }) => ({
                t: toyParts.filter(p => state.toys.has(p.id)).map(p => ({ toy: p.id, presses: state.toys.get(p.id) })),
              }),
              restore(state, saved, { toyParts }) {
                saved.t.filter(t => toyParts.some(p => p.id === t.toy)).forEach(t => state.toys.set(t.toy, t.presses));
              },
              found: state => state.toys.size > 0,
            },
          },
        });
        sb.component('toy', (root, { store }) => {
          const id = root.dataset.toy;
          const show = () => { root.textContent = 'pressed ' + (store.get('toys').get(id) || 0); };
          root.addEventListener('click', () => {
            store.update('toys', toys => toys.set(id, (toys.get(id) || 0) + 1), { save: true });
            show();
          });
          show();
          return {};
        });
        """;

    private const string CourseJson = """
        {"id":"toys","storageKey":"toys.1","parts":[{"id":"welcome","kind":"page","required":true},{"id":"toy-1","kind":"toy","required":true}]}
        """;

    [Fact]
    public void Should_save_a_toy_kinds_slice_count_it_toward_progress_and_restore_it_after_a_reload()
    {
        var page = Start("{}");
        Assert.Equal("pressed 0|1 of 2 parts done", Shown(page));

        page.Execute("elements['toy-1-play'].fire('click'); elements['toy-1-play'].fire('click');");

        Assert.Equal("pressed 2|2 of 2 parts done", Shown(page));
        Assert.Contains("You have completed this course.", page.Evaluate("elements['sb-live'].textContent").AsString(), StringComparison.Ordinal);
        var copy = page.Evaluate("JSON.stringify(window.sessionStorage.items)").AsString();
        var data = page.Evaluate("JSON.parse(window.sessionStorage.getItem('scormbuilder2:toys.1:anonymous')).data").AsString();
        Assert.Equal("sb1;v:welcome;d:", data[..16]);
        Assert.EndsWith(";t:toy-1=2", data, StringComparison.Ordinal);

        var reloaded = Start(copy);

        Assert.Equal("pressed 2|2 of 2 parts done", Shown(reloaded));
    }

    [Fact]
    public void Should_refuse_a_kinds_section_whose_tag_the_format_already_uses()
    {
        var js = RuntimeModules.Load("time.js", "saved-state.js");
        js.Execute("sb.kinds = { toy: { saved: { sections: [{ tag: 'v', each: 'toy', item: [{ id: 'toy' }] }] } } };");

        var error = Assert.Throws<Jint.Runtime.JavaScriptException>(() => js.Execute("sb.savedState(sb.savedStateFormat);"));

        Assert.Contains("\"v\"", error.Message, StringComparison.Ordinal);
    }

    // The runtime as modules.txt joins it, the toy's module just before main.js, on a page whose session storage
    // holds what a test gives.
    private static Engine Start(string sessionItems)
    {
        var engine = RuntimeModules.Empty();
        engine.SetValue("courseJson", CourseJson);
        engine.Execute(RuntimeModules.StubPage);
        engine.Execute("roots.toy = ['toy-1-play']; elements['toy-1-play'] = element('toy-1-play'); elements['toy-1-play'].dataset.toy = 'toy-1';");
        engine.Execute("Object.assign(window.sessionStorage.items, " + sessionItems + ");");
        foreach (var module in RuntimeModules.Listed())
        {
            if (module == "main.js")
            {
                engine.Execute(ToyModule, "toy.js");
            }

            RuntimeModules.Run(engine, module);
        }

        return engine;
    }

    private static string Shown(Engine page) =>
        page.Evaluate("elements['toy-1-play'].textContent + '|' + elements['sb-progress-text'].textContent").AsString();
}
