using ScormBuilder.Diagnostics;
using ScormBuilder.ReviewPack;
using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.ReviewPack;

/// <summary>
/// The coverage table's chance that an attempt leaves an outcome untested, against fractions worked by hand on the
/// drawn course: lo-one is asked by q-tf and q-settings (pool first: q-tf, q-multi, q-settings) and q-match (pool
/// practice: q-match, q-order); lo-two by q-single and q-first (pool second) and q-order.
/// </summary>
public sealed class UntestedChanceTests : IDisposable
{
    private readonly TempCourse _course = TempCourse.CopyOf(RepoPaths.DrawnCourse);

    [Fact]
    public void Should_give_one_sixth_when_one_question_is_drawn_from_each_of_its_pools()
    {
        // Given one question from pool first (1/3 it is q-multi) and one from practice (1/2 it is q-order)
        _course.Replace("quiz.yaml", "{ pool: first, count: 2 }", "{ pool: first, count: 1 }");
        _course.Replace("quiz.yaml", "{ pool: practice, count: 2 }", "{ pool: practice, count: 1 }");

        // When the coverage is worked out
        var coverage = CoverageOf();

        // Then lo-one goes untested in 1/3 × 1/2 of attempts, and lo-two never (pool second always gives one)
        Assert.Equal("1/6", coverage["lo-one"]);
        Assert.Equal("0", coverage["lo-two"]);
    }

    [Fact]
    public void Should_count_a_draw_from_the_whole_bank_by_its_combinations()
    {
        // Given two questions drawn from all seven, three of them on lo-one
        _course.Replace("quiz.yaml", """
            draw:
              - { pool: first, count: 2 }
              - { pool: second, count: 1 }
              - { pool: practice, count: 2 }
            """, "draw: 2");

        // Then lo-one is missed by C(4,2)/C(7,2) = 6/21 = 2/7 of draws, lo-two (q-single, q-first, q-order) the same
        var coverage = CoverageOf();
        Assert.Equal("2/7", coverage["lo-one"]);
        Assert.Equal("2/7", coverage["lo-two"]);
    }

    [Fact]
    public void Should_give_zero_under_a_draw_that_covers_the_outcomes()
    {
        // Given the first draw made a covering one with the same pools
        _course.Replace("quiz.yaml", """
            draw:
              - { pool: first, count: 2 }
              - { pool: second, count: 1 }
              - { pool: practice, count: 2 }
            """, """
            draw:
              cover: outcomes
              pools:
                - { pool: first, count: 1 }
                - { pool: second, count: 1 }
                - { pool: practice, count: 1 }
            """);

        // Then no outcome can go untested
        var coverage = CoverageOf();
        Assert.Equal("0", coverage["lo-one"]);
        Assert.Equal("0", coverage["lo-two"]);
    }

    [Fact]
    public void Should_keep_fractions_in_lowest_terms()
    {
        Assert.Equal("2/7", new Fraction(6, 21).ToString());
        Assert.Equal("1", (new Fraction(1, 2) + new Fraction(2, 4)).ToString());
        Assert.Equal("0", (Fraction.Zero * new Fraction(3, 5)).ToString());
        Assert.Equal(35, (int)UntestedChance.Choose(7, 3));
    }

    private Dictionary<string, string> CoverageOf()
    {
        var diagnostics = new DiagnosticBag();
        var course = CourseCompiler.Default.Load(_course.CourseDirectory, diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join('\n', diagnostics.ToSortedList()));
        return OutcomeCoverage.Of(course!).ToDictionary(c => c.Outcome.Id, c => c.UntestedChance.ToString()!);
    }

    public void Dispose() => _course.Dispose();
}
