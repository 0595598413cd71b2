using Jint;

namespace ScormBuilder.Tests.Runtime;

/// <summary>
/// components.js, alone: each registered component is created once per root the page marks for it, in the order
/// the modules registered them and then the page's, with the context and a way to find another's instance.
/// </summary>
public sealed class ComponentsTests
{
    private readonly Engine _js = RuntimeModules.Load("components.js");

    public ComponentsTests() => _js.Execute("""
        var made = [];
        // A page whose roots are named by selector.
        const page = { querySelectorAll: selector => ({
          '[data-component="panel"]': ['panel-1'],
          '[data-component="record"]': ['record-1', 'record-2'],
          '.sb-tabs': ['tabs-1'],
        }[selector] || []) };
        sb.component('record', (root, { who }) => { made.push(who + ' ' + root); return { root }; });
        sb.component('panel', (root, { find }) => { made.push(root + ' finds ' + find('record').root); });
        sb.component('tabs', root => { made.push(root); }, '.sb-tabs');
        var created = sb.createAll(page, { who: 'learner' });
        """);

    [Fact]
    public void Should_create_each_component_on_each_of_its_roots_in_registration_then_page_order()
    {
        Assert.Equal("learner record-1|learner record-2|panel-1 finds record-1|tabs-1", _js.Evaluate("made.join('|')").AsString());
    }

    [Fact]
    public void Should_give_every_instance_to_navigation_and_find_none_for_a_component_without_roots()
    {
        Assert.Equal(4, _js.Evaluate("created.instances.length").AsNumber());
        Assert.True(_js.Evaluate("created.find('scenario') === null").AsBoolean());
    }
}
