using Microsoft.Playwright;
using ScormBuilder.BrowserTests.Harness;
using static Microsoft.Playwright.Assertions;

namespace ScormBuilder.BrowserTests.Scenarios;

/// <summary>
/// A course full of everything the allowlist lets an author write (every allowed element and attribute, an SVG
/// drawing, an inline image, links to other sites) runs with no dialog, no request to another host and no
/// Content-Security-Policy violation. Inline <c>style</c> attributes are left out: the allowlist accepts plain
/// ones, but the page's CSP does not apply them.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class HostileButAllowedScenario(BrowserFixture browser, CoursePackages packages)
{
    private const string Dot = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";

    private const string Body = $$"""
        <abbr title="Health and Care Professions Council" lang="en-GB" dir="ltr" class="note" id="hcpc" role="note" aria-describedby="hcpc">HCPC</abbr>
        <b>b</b> <i>i</i> <u>u</u> <s>s</s> <small>small</small> <mark>mark</mark> <kbd>Ctrl</kbd> <samp>out</samp> <var>x</var>
        <dfn>term</dfn> <cite>Cite</cite> <q cite="https://example.org/q">quote</q> H<sub>2</sub>O x<sup>3</sup>
        <del cite="https://example.org/d" datetime="2026-01-01">old</del> <ins cite="https://example.org/i" datetime="2026-01-02">new</ins>
        <code>code</code> <em>em</em> <strong>strong</strong> <span title="s">span</span> a<wbr>b<br>
        <a href="https://example.org/page" target="_blank" rel="noopener">another site</a>, <a href="mailto:someone@example.org">e-mail</a>,
        <a href="#cs-alex">the top</a> and <img src="{{Dot}}" alt="A dot" width="1" height="1">.

        <div class="box">
        <blockquote cite="https://example.org/b"><p>Quoted</p></blockquote>
        <figure><pre>pre</pre><figcaption>Caption</figcaption></figure>
        <details open><summary>More</summary><p>Hidden</p></details>
        <dl><dt>Term</dt><dd>Definition</dd></dl>
        <ol start="3" reversed type="a"><li value="5">five</li></ol>
        <ul><li>item</li></ul>
        <hr>
        <table><caption>Cap</caption><colgroup span="1"><col span="1"></colgroup>
        <thead><tr><th scope="col" abbr="H" id="head-h">H</th></tr></thead>
        <tbody><tr><td headers="head-h" colspan="1" rowspan="1">D</td></tr></tbody>
        <tfoot><tr><td>F</td></tr></tfoot></table>
        <h3>Raw h3</h3><h4>h4</h4><h5>h5</h5><h6>h6</h6>
        </div>

        ### A heading with attributes {#custom-heading .note}

        ![A small drawing](../media/drawing.svg) and [a Markdown link](https://example.org/md){.external}.
        """;

    private const string Drawing = """
        <svg xmlns="http://www.w3.org/2000/svg" width="20" height="20"><defs><linearGradient id="g"><stop offset="0" stop-color="#036"/></linearGradient></defs><rect width="20" height="20" fill="url(#g)"/><a href="#g"><text y="15">A</text></a></svg>
        """;

    [Fact]
    public async Task Should_run_every_allowed_construct_with_no_dialog_no_other_host_and_no_csp_violation()
    {
        // Given
        var built = packages.Build("hostile-but-allowed", CoursePackages.MinimalCourseDirectory, copy =>
        {
            copy.Write("media/drawing.svg", Drawing);
            copy.Replace("case-studies/alex.md", "Alex posted a helpful thread.", Body);
        });
        var course = built.Course;
        await using var lms = await TestLms.StartAsync(browser.Browser, built.Package.Path);
        await using var session = await lms.LaunchInFrameAsync(Scorm.FirstAttempt(course));
        var dialogs = new List<string>();
        session.ScoPage.Dialog += (_, dialog) => dialogs.Add(dialog.Message);
        var learner = new Learner(session.Sco, course);

        // When
        await learner.ExpectOnAsync(course.Parts[0]);
        for (var i = 1; i < course.Parts.Count; i++)
        {
            await learner.NextAsync(course.Parts[i]);
        }

        await learner.OpenAsync(course.Parts.Single(p => p.Id == "cs-alex"));
        var drawing = session.Sco.GetByRole(AriaRole.Img, new() { Name = "A small drawing" });
        await Expect(drawing).ToBeVisibleAsync();
        var drawn = await drawing.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 0");
        var loaded = await session.Sco.EvaluateAsync<string[]>("() => performance.getEntriesByType('resource').map(e => e.name)");

        // Then
        Assert.True(drawn, "The SVG drawing did not load.");
        var origin = lms.BaseAddress.GetLeftPart(UriPartial.Authority);
        Assert.All(loaded, url => Assert.True(url.StartsWith(origin, StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal), $"Requested from another host: {url}"));
        foreach (var link in await session.Sco.Locator("a[href^='https://example.org']").AllAsync())
        {
            await Expect(link).ToHaveAttributeAsync("target", "_blank");
            await Expect(link).ToHaveAttributeAsync("rel", new System.Text.RegularExpressions.Regex("noopener"));
        }

        Assert.Empty(dialogs);
        Assert.Empty(session.ScriptErrors);
        Assert.True(session.CspViolations.Count == 0, string.Join("\n", session.CspViolations));
    }
}
