using Jint;

namespace ScormBuilder.Tests.Runtime;

/// <summary>
/// templates/runtime/draw.js with 'cover': over hundreds of seeds, every attempt asks a question from each list
/// the build wrote (one per outcome or session), keeps each pool's count, stays the same for the same seed, and
/// still differs between seeds; a draw that needs to undo a choice to cover everything finds it.
/// </summary>
public sealed class QuizCoverDrawTests
{
    // Four lists, each met by one to three of the 16 questions, across pools: a free draw of 2 + 2 + 1 nearly always misses one.
    private const string Quiz = """
        var ids = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'b1', 'b2', 'b3', 'b4', 'b5', 'b6', 'c1', 'c2', 'c3', 'c4'];
        var bank = {};
        ids.forEach(id => { bank[id] = { pool: { a: 'p1', b: 'p2', c: 'p3' }[id[0]], shuffle: true, pinned: '' }; });
        var quiz = { id: 'quiz', shuffleQuestions: true, bank,
          draw: [{ pool: 'p1', count: 2 }, { pool: 'p2', count: 2 }, { pool: 'p3', count: 1 }],
          questions: ids.map(id => ({ id, type: 'single-choice', options: 'ab', correct: 'a' })),
          cover: [['a1', 'c2'], ['b6', 'c3'], ['c1', 'a4'], ['a2', 'a3', 'b1']] };
        var free = { ...quiz, cover: undefined };
        var seeds = Array.from({ length: 400 }, (_, i) => i + 1);
        var covers = d => quiz.cover.every(list => list.some(id => d.includes(id)));
        var counts = d => ['p1', 'p2', 'p3'].map(p => d.filter(id => bank[id].pool === p).length).join();
        """;

    private readonly Engine _js = RuntimeModules.Load("draw.js");

    public QuizCoverDrawTests() => _js.Execute(Quiz);

    [Fact]
    public void Should_cover_every_list_in_every_attempt_and_keep_each_pools_count() =>
        Assert.Equal("true", Run("seeds.map(s => sb.draw.questions(quiz, s)).every(d => covers(d) && counts(d) === '2,2,1' && new Set(d).size === 5)"));

    [Fact]
    public void Should_miss_some_list_in_some_attempts_without_cover() =>
        Assert.True(Count("seeds.filter(s => !covers(sb.draw.questions(free, s))).length") > 200);

    [Fact]
    public void Should_draw_the_same_for_the_same_seed_and_differently_across_seeds()
    {
        _js.Execute("var drawn = seeds.map(s => sb.draw.questions(quiz, s));");

        Assert.Equal("true", Run("seeds.slice(0, 100).every((s, i) => sb.draw.questions(quiz, s).join() === drawn[i].join())"));
        Assert.True(Count("new Set(drawn.map(d => d.slice().sort().join())).size") > 20);
        // Every question is drawn in some attempt: the cover does not fix the rest of the draw.
        Assert.Equal("16", Run("new Set(drawn.flat()).size"));
    }

    [Fact]
    public void Should_undo_a_choice_that_leaves_a_list_uncovered()
    {
        // Only 'x2' meets both of the first two lists from p1, which has room for one: taking 'x1' first must be undone.
        _js.Execute("""
            var tight = { id: 'quiz', draw: [{ pool: 'p1', count: 1 }, { pool: 'p2', count: 1 }],
              questions: ['x1', 'x2', 'y1', 'y2'].map(id => ({ id, type: 'single-choice', options: 'ab', correct: 'a' })),
              bank: { x1: { pool: 'p1' }, x2: { pool: 'p1' }, y1: { pool: 'p2' }, y2: { pool: 'p2' } },
              cover: [['x1', 'x2'], ['x2', 'y1'], ['y2']] };
            """);

        Assert.Equal("x2,y2", Run("[...new Set(seeds.slice(0, 200).map(s => sb.draw.questions(tight, s).slice().sort().join()))].join('|')"));
    }

    [Fact]
    public void Should_ask_every_question_in_the_author_order_for_seed_zero() =>
        Assert.Equal(16, Count("sb.draw.questions(quiz, 0).length"));

    private string Run(string script) => _js.Evaluate(script).ToString();

    private int Count(string script) => int.Parse(Run(script), System.Globalization.CultureInfo.InvariantCulture);
}
