using Jint;
using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Runtime;

/// <summary>
/// Matching and ordering answers through templates/runtime/saved-state.js as it ships: saved in the sb1 format,
/// read back, and kept by id when a rebuilt course has changed the question.
/// </summary>
public sealed class QuestionAnswersTests : IDisposable
{
    private readonly TempCourse _course = QuestionCourse.Create();
    private readonly Engine _js;

    public QuestionAnswersTests() => _js = RuntimeModules.SavedState(_course.CourseDirectory);

    public void Dispose() => _course.Dispose();

    [Fact]
    public void Should_describe_each_question_to_the_runtime_with_its_answer_and_first_order()
    {
        var described = Evaluate("""
            ['q-match', 'q-order'].map(id => { const q = course.questionById.get(id); return [q.type, q.options, q.correct, q.items || q.start].join(' '); }).join('|')
            """);

        Assert.Equal("matching abc 1a2b 12|ordering abc abc " + Evaluate("course.questionById.get('q-order').start"), described);
        Assert.NotEqual("abc", Evaluate("course.questionById.get('q-order').start"));
    }

    [Fact]
    public void Should_save_and_read_back_pairs_and_orders()
    {
        var saved = Evaluate("""
            (() => {
              const state = store.blank(course);
              state.answers.set('q-match', '1b2a');
              state.answers.set('q-order', 'cab');
              const data = store.encode(state, course);
              const back = store.blank(course);
              store.restore(back, store.decode(data), course);
              return data + '|' + [...back.answers].join(';');
            })()
            """);

        Assert.Equal("sb1;a:q-match=1b2a,q-order=cab|q-match,1b2a;q-order,cab", saved);
    }

    [Theory]
    [InlineData("q-match=2b1a", "q-match,1a2b")]
    [InlineData("q-match=9z2b1x", "q-match,2b")]
    [InlineData("q-match=1", "")]
    [InlineData("q-order=zcab", "q-order,cab")]
    [InlineData("q-order=cc", "q-order,c{rest}")]
    [InlineData("q-order=xyz", "")]
    public void Should_keep_what_a_rebuilt_question_still_has(string saved, string expected)
    {
        _js.SetValue("data", "sb1;a:" + saved);

        var kept = Evaluate("""
            (() => {
              const state = store.blank(course);
              store.restore(state, store.decode(data), course);
              return [...state.answers].join(';');
            })()
            """);

        var rest = string.Concat(Evaluate("course.questionById.get('q-order').start").Where(c => c != 'c'));
        Assert.Equal(expected.Replace("{rest}", rest, StringComparison.Ordinal), kept);
    }

    private string Evaluate(string script) => _js.Evaluate(script).ToString();
}
