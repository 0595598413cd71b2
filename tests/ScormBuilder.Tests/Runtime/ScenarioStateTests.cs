using Jint;
using ScormBuilder.Tests.Kinds.Scenarios;
using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Runtime;

/// <summary>
/// templates/runtime/scenario.js's state logic (sb.scenarioSteps) and its section of the saved state, run as they
/// ship (through Jint) on a course with one scenario: choices move along the graph, the path is bounded, endings
/// count once, and saved data naming nodes a rebuilt course no longer has restarts the scenario at its start.
/// </summary>
public sealed class ScenarioStateTests : IDisposable
{
    private readonly TempCourse _course = ScenarioCourse.Create();
    private readonly Engine _js;

    public ScenarioStateTests()
    {
        _js = RuntimeModules.SavedState(_course.CourseDirectory);
        _js.Execute(File.ReadAllText(Path.Combine(RuntimeModules.Folder, "scenario.js")), "scenario.js");
        _js.Execute("""
            var steps = sb.scenarioSteps;
            var scenario = course.scenarioById.get('sc-call');
            var state = store.blank(course);
            function place() {
              const p = steps.current(state, scenario);
              return p.at + '|' + p.path.join('.') + '|' + p.endings.join('.') + '|' + steps.done(state, 'sc-call');
            }
            """);
    }

    public void Dispose() => _course.Dispose();

    private string Run(string script) => _js.Evaluate(script).ToString();

    [Fact]
    public void Should_start_at_the_start_node_and_not_be_done()
    {
        Assert.Equal("n-call|||false", Run("place()"));
    }

    [Fact]
    public void Should_follow_each_choice_and_be_done_at_the_first_ending()
    {
        Assert.Equal("n-hold|n-call||false", Run("steps.choose(state, scenario, 1, 12); place()"));
        Assert.Equal("e-poor|n-call.n-hold|e-poor|true", Run("steps.choose(state, scenario, 1, 12); place()"));
        Assert.Equal("true", Run("state.visited.add('sc-call'); sb.kinds.scenario.done({ id: 'sc-call' }, state)"));
    }

    [Fact]
    public void Should_refuse_a_choice_the_node_does_not_have_and_any_choice_at_an_ending()
    {
        Assert.Equal("null|n-call|||false", Run("String(steps.choose(state, scenario, 5, 12)) + '|' + place()"));
        Run("steps.choose(state, scenario, 0, 12)");
        Assert.Equal("null|e-good|n-call|e-good|true", Run("String(steps.choose(state, scenario, 0, 12)) + '|' + place()"));
    }

    [Fact]
    public void Should_keep_the_endings_reached_when_trying_another_path()
    {
        Run("steps.choose(state, scenario, 0, 12); steps.restart(state, scenario); steps.choose(state, scenario, 1, 12); steps.choose(state, scenario, 1, 12)");
        Assert.Equal("e-poor|n-call.n-hold|e-good.e-poor|true", Run("place()"));
        Assert.Equal("n-call||e-good.e-poor|true", Run("steps.restart(state, scenario); place()"));
    }

    [Fact]
    public void Should_keep_only_the_last_steps_of_a_path_that_goes_round()
    {
        Run("for (let i = 0; i < 40; i++) { steps.choose(state, scenario, i % 2 ? 0 : 1, store.maxOf('s', 'path')); }");

        Assert.Equal("12|n-call", Run("[steps.current(state, scenario).path.length, steps.current(state, scenario).at].join('|')"));
        Assert.Equal("12", Run("String(store.maxOf('s', 'path'))"));
    }

    [Fact]
    public void Should_save_and_restore_the_node_the_path_and_the_endings()
    {
        Run("steps.choose(state, scenario, 0, 12); steps.restart(state, scenario); steps.choose(state, scenario, 1, 12)");

        var encoded = Run("store.encode(state, course)");
        var restored = Run("(() => { const again = store.blank(course); store.restore(again, store.decode(store.encode(state, course)), course); state = again; return place(); })()");

        Assert.Equal("sb1;s:sc-call=n-hold/n-call/e-good", encoded);
        Assert.Equal("n-hold|n-call|e-good|true", restored);
    }

    [Theory]
    [InlineData("sb1;s:sc-call=n-gone/n-call/e-good", "n-call||e-good|true")]
    [InlineData("sb1;s:sc-call=e-poor/n-call.n-gone/e-gone", "n-call|||false")]
    [InlineData("sb1;s:sc-call=e-poor/n-call/", "n-call|||false")]
    [InlineData("sb1;s:sc-call=e-poor/n-hold/e-poor", "n-call||e-poor|true")]
    [InlineData("sb1;s:sc-call=n-hold/n-call/e-poor.e-poor.e-good", "n-hold|n-call|e-poor.e-good|true")]
    [InlineData("sb1;s:sc-gone=n-hold/n-call/e-poor", "n-call|||false")]
    [InlineData("sb1;v:welcome;s:sc-call=n-hold/n-call", "n-call|||false")]
    public void Should_restart_at_the_start_when_the_saved_path_is_not_in_this_build(string data, string expected)
    {
        _js.SetValue("data", data);

        var restored = Run("(() => { const again = store.blank(course); store.restore(again, store.decode(data), course); state = again; return place(); })()");

        Assert.Equal(expected, restored);
    }

    [Fact]
    public void Should_start_a_long_path_anywhere_but_still_join_it_up()
    {
        _js.SetValue("data", "sb1;s:sc-call=n-hold/" + string.Join('.', Enumerable.Repeat("n-hold.n-call", 6)) + "/");

        Assert.Equal("n-hold|" + string.Join('.', Enumerable.Repeat("n-hold.n-call", 6)) + "||false",
            Run("(() => { const again = store.blank(course); store.restore(again, store.decode(data), course); state = again; return place(); })()"));
    }
}
