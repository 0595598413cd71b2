using ScormBuilder.Diagnostics;

namespace ScormBuilder.Tests.Kinds.Quizzes.ItemWriting;

/// <summary>
/// 'lint: { allow: [...], because: "…" }' silences a check on one question, and only with a reason; --strict makes
/// the checks that are not allowed errors.
/// </summary>
public sealed class LintAllowanceTests : IDisposable
{
    private const string LongKey = "Ask everyone in it before you take it and again before posting, correct: true";

    private readonly LintCourse _course = new();

    public LintAllowanceTests() => _course.Replace("Ask everyone in it, correct: true", LongKey);

    public void Dispose() => _course.Dispose();

    [Fact]
    public void Should_silence_a_check_the_question_allows_with_a_reason()
    {
        _course.Replace("    outcomes: [lo-one]\n    text: A colleague", "    outcomes: [lo-one]\n    lint: { allow: [SB2050], because: \"Consent twice is the point.\" }\n    text: A colleague");

        Assert.Empty(_course.Findings());
    }

    [Fact]
    public void Should_silence_only_the_question_that_allows_it()
    {
        _course.Replace("    outcomes: [lo-two]\n    text: You are angry", "    outcomes: [lo-two]\n    lint: { allow: [SB2050], because: \"Not this one.\" }\n    text: You are angry");

        Assert.Equal([$"SB2050@{_course.LineOf("q-ask")}"], _course.Findings());
    }

    [Theory]
    [InlineData("lint: { allow: [SB2050] }")]
    [InlineData("lint: { allow: [SB2050], because: \"\" }")]
    public void Should_refuse_an_allow_without_a_reason(string lint)
    {
        _course.Replace("    outcomes: [lo-one]\n    text: A colleague", $"    outcomes: [lo-one]\n    {lint}\n    text: A colleague");

        var error = Assert.Single(_course.Check(), d => d.IsError);
        Assert.Equal(DiagnosticCodes.MissingKey, error.Code);
        Assert.Contains("without a reason", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_refuse_to_allow_a_code_that_is_not_an_item_writing_check()
    {
        _course.Replace("    outcomes: [lo-one]\n    text: A colleague", "    outcomes: [lo-one]\n    lint: { allow: [SB2001], because: \"Ids.\" }\n    text: A colleague");

        var error = Assert.Single(_course.Check(), d => d.IsError);
        Assert.Equal((DiagnosticCodes.InvalidValue, _course.LineOf("q-ask") + 4), (error.Code, error.Location.Line));
    }

    [Fact]
    public void Should_make_the_checks_errors_under_strict()
    {
        // (The quiz replaced the minimal course's, so its tracked ids are gone too: errors under --strict of their own.)
        var finding = Assert.Single(_course.Check(strict: true), d => d.Code != DiagnosticCodes.TrackedIdRemoved);

        Assert.Equal((DiagnosticCodes.KeyIsLongest, DiagnosticSeverity.Error), (finding.Code, finding.Severity));
    }
}
