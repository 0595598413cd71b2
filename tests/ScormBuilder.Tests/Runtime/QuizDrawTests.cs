using Jint;

namespace ScormBuilder.Tests.Runtime;

/// <summary>
/// templates/runtime/draw.js as it ships, through Jint: the same seed gives the same draw and orders, every draw
/// respects its pools, pinned options and true/false stay put, and an ordering never starts as its answer; and the
/// draw's section of the saved state (saved-state.json's 'b') round-trips and is dropped for a question now gone.
/// </summary>
public sealed class QuizDrawTests
{
    private const string Quiz = """
        var quiz = { id: 'quiz', draw: [{ pool: 'p1', count: 2 }, { pool: 'p2', count: 1 }], shuffleQuestions: true,
          questions: [
            { id: 'q1', type: 'single-choice', options: 'abcde', correct: 'a' },
            { id: 'q2', type: 'multiple-response', options: 'abcd', correct: 'ab' },
            { id: 'q3', type: 'true-false', options: 'tf', correct: 't' },
            { id: 'q4', type: 'ordering', options: 'ab', correct: 'ab', start: 'ba' },
            { id: 'q5', type: 'matching', options: 'abc', correct: '1a2b', items: '12' },
          ],
          bank: { q1: { pool: 'p1', shuffle: true, pinned: 'e' }, q2: { pool: 'p1', shuffle: true, pinned: '' },
            q3: { pool: 'p1', shuffle: true, pinned: '' }, q4: { pool: 'p2', shuffle: true, pinned: '' },
            q5: { pool: 'p2', shuffle: false, pinned: '' } } };
        var seeds = Array.from({ length: 300 }, (_, i) => i + 1);
        """;

    private readonly Engine _js = RuntimeModules.Load("draw.js");

    public QuizDrawTests() => _js.Execute(Quiz);

    [Fact]
    public void Should_draw_and_order_the_same_for_the_same_seed_and_differently_across_seeds()
    {
        Assert.Equal("true", Run("seeds.every(s => sb.draw.questions(quiz, s).join() === sb.draw.questions(quiz, s).join() && sb.draw.options(quiz, quiz.questions[0], s) === sb.draw.options(quiz, quiz.questions[0], s))"));
        Assert.True(int.Parse(Run("new Set(seeds.map(s => sb.draw.questions(quiz, s).join())).size"), System.Globalization.CultureInfo.InvariantCulture) > 10);
        Assert.True(int.Parse(Run("new Set(seeds.map(s => sb.draw.options(quiz, quiz.questions[1], s))).size"), System.Globalization.CultureInfo.InvariantCulture) == 24);
    }

    [Fact]
    public void Should_take_from_each_pool_exactly_its_count_and_no_question_twice()
    {
        Assert.Equal("true", Run("""
            seeds.every(s => {
              const ids = sb.draw.questions(quiz, s);
              const p1 = ids.filter(id => quiz.bank[id].pool === 'p1').length;
              const p2 = ids.filter(id => quiz.bank[id].pool === 'p2').length;
              return ids.length === 3 && new Set(ids).size === 3 && p1 === 2 && p2 === 1;
            })
            """));
    }

    [Fact]
    public void Should_draw_from_all_questions_and_keep_the_author_order_without_a_question_shuffle()
    {
        Assert.Equal("true", Run("""
            seeds.every(s => {
              const ids = sb.draw.questions({ ...quiz, draw: [{ pool: null, count: 4 }], shuffleQuestions: false }, s);
              return ids.length === 4 && ids.join() === [...ids].sort().join();
            })
            """));
        Assert.Equal("q1,q2,q3,q4,q5", Run("sb.draw.questions({ ...quiz, draw: undefined, shuffleQuestions: false }, 7).join()"));
    }

    [Fact]
    public void Should_ask_every_question_in_the_author_order_for_seed_zero()
    {
        Assert.Equal("q1,q2,q3,q4,q5|abcde|ba", Run("[sb.draw.questions(quiz, 0).join(), sb.draw.options(quiz, quiz.questions[0], 0), sb.draw.options(quiz, quiz.questions[3], 0)].join('|')"));
    }

    [Fact]
    public void Should_keep_pinned_options_in_place_and_true_false_and_unshuffled_questions_as_written()
    {
        Assert.Equal("true", Run("""
            seeds.every(s => sb.draw.options(quiz, quiz.questions[0], s)[4] === 'e'
              && [...sb.draw.options(quiz, quiz.questions[0], s)].sort().join('') === 'abcde'
              && sb.draw.options(quiz, quiz.questions[2], s) === 'tf'
              && sb.draw.options(quiz, quiz.questions[4], s) === 'abc')
            """));
    }

    [Fact]
    public void Should_never_start_an_ordering_question_in_its_answer_order()
    {
        Assert.Equal("true", Run("seeds.every(s => sb.draw.options(quiz, quiz.questions[3], s) === 'ba')"));
        Assert.Equal("true", Run("""
            seeds.every(s => { const o = sb.draw.options(quiz, { id: 'q9', type: 'ordering', options: 'abc', correct: 'abc', start: 'cab' }, s); return o !== 'abc' && [...o].sort().join('') === 'abc'; })
            """));
    }

    [Fact]
    public void Should_make_a_new_seed_from_1_to_9999_never_the_previous_one()
    {
        Assert.Equal("true", Run("""
            [0, 1, 5000, 9998, 9999].every(previous => [0, 0.5, 0.9999999].every(r => { const s = sb.draw.newSeed(r, previous); return s >= 1 && s <= 9999 && s !== previous; }))
            """));
    }

    [Fact]
    public void Should_save_the_draw_and_read_it_back_and_redraw_when_a_drawn_question_is_gone_unless_passed()
    {
        var js = RuntimeModules.Load("time.js", "saved-state.js", "quiz.js", "draw.js");
        js.Execute(Quiz + """
            var store = sb.savedState(sb.savedStateFormat);
            function course(ids) {
              return { quiz, questions: [], questionById: new Map(ids.map(id => [id, {}])), partById: new Map(), parts: [],
                prompts: [], promptById: new Map(), actionCount: 0, scenarioById: new Map() };
            }
            function roundTrip(result, ids) {
              const state = store.blank(course([]));
              state.draw = { seed: 4321, drawn: ['q4', 'q1', 'q2'] };
              if (result) { state.quiz = { attempts: 1, result, score: 50 }; }
              const data = store.encode(state, course(['q1', 'q2', 'q4']));
              const back = store.blank(course(ids));
              store.restore(back, store.decode(data), course(ids));
              return data.slice(data.indexOf(';b:')) + ' ' + back.draw.seed + ' ' + back.draw.drawn.join();
            }
            """);

        Assert.Equal(";b:quiz=4321/q4.q1.q2 4321 q4,q1,q2", js.Evaluate("roundTrip('', ['q1', 'q2', 'q4'])").ToString());
        Assert.Equal(";b:quiz=4321/q4.q1.q2 0 ", js.Evaluate("roundTrip('f', ['q1', 'q4'])").ToString());
        Assert.Equal(";b:quiz=4321/q4.q1.q2 4321 q4,q1", js.Evaluate("roundTrip('p', ['q1', 'q4'])").ToString());
    }

    private string Run(string script) => _js.Evaluate(script).ToString();
}
