using Microsoft.Playwright;
using ScormBuilder.BrowserTests.Harness;

namespace ScormBuilder.BrowserTests.Accessibility;

/// <summary>
/// A learner with only a keyboard: Tab, Shift+Tab, Enter, Space, the arrow keys, and typing into fields. After
/// every key it checks that focus is somewhere a sighted learner can see it.
/// </summary>
internal sealed class KeyboardUser(LmsSession session)
{
    // The skip link's target is a landmark, not a control: it takes focus so the next Tab starts there.
    private const string FocusWithoutRing = "main#sb-main";

    private const string Inspect = """
        ([selector, exempt]) => {
          const element = document.activeElement;
          if (!document.hasFocus() || !element || element === document.body) {
            return JSON.stringify({ matches: false, what: 'nothing in the course', visible: false });
          }
          const style = getComputedStyle(element);
          const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none' ||
            (style.textDecorationLine.includes('underline') && element.matches(':focus-visible'));
          const box = element.getBoundingClientRect();
          const inView = box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth;
          const what = element.tagName.toLowerCase() + (element.id ? '#' + element.id : '') +
            (element.name ? '[name=' + element.name + ']' : '') + ' "' + (element.textContent || element.value || '').trim().slice(0, 40) + '"';
          return JSON.stringify({
            matches: !!selector && element.matches(selector),
            what: what + (ring ? '' : ', with no focus indicator') + (inView ? '' : ', out of view (' + Math.round(box.top) + '..' + Math.round(box.bottom) + ' of ' + innerHeight + ')'),
            visible: element.matches(exempt) || (ring && inView),
          });
        }
        """;

    private IKeyboard Keys => session.LmsPage.Keyboard;

    public int Presses { get; private set; }

    /// <summary>Presses a key, then checks the focus it left is visible.</summary>
    public async Task PressAsync(string key)
    {
        await Keys.PressAsync(key);
        Presses++;
        var focus = await FocusAsync(null);
        Assert.True(focus.Visible, $"After {key}, focus is on {focus.What}.");
    }

    /// <summary>Presses <paramref name="key"/> (Tab by default) until the focused element matches <paramref name="selector"/>.</summary>
    public async Task MoveToAsync(string selector, string key = "Tab", int most = 120)
    {
        for (var i = 0; i < most; i++)
        {
            await PressAsync(key);
            if ((await FocusAsync(selector)).Matches)
            {
                return;
            }
        }

        Assert.Fail($"{most} presses of {key} never reached {selector}; focus is on {(await FocusAsync(null)).What}.");
    }

    public async Task TypeAsync(string text)
    {
        await Keys.TypeAsync(text);
        Presses += text.Length;
    }

    public async Task<string> FocusedAsync() => (await FocusAsync(null)).What;

    private async Task<Focus> FocusAsync(string? selector) =>
        System.Text.Json.JsonSerializer.Deserialize<Focus>(
            await session.Sco.EvaluateAsync<string>(Inspect, new[] { selector, FocusWithoutRing }),
            new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web))!;

    private sealed record Focus(bool Matches, string What, bool Visible);
}
