using System.Reflection;
using ScormBuilder.Diagnostics;
using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Diagnostics;

/// <summary>The descriptor table: one descriptor per code, one code per descriptor, and the reference made from it.</summary>
public sealed class DiagnosticDescriptorsTests
{
    public static TheoryData<string> Codes => [.. DiagnosticDescriptors.All.Select(d => d.Code)];

    [Fact]
    public void Should_describe_every_code_once_and_nothing_else()
    {
        var constants = typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (string)f.GetRawConstantValue()!)
            .Order(StringComparer.Ordinal);

        Assert.Equal(constants, DiagnosticDescriptors.All.Select(d => d.Code));
    }

    [Fact]
    public void Should_give_every_code_a_title_and_help_with_an_example_fix()
    {
        Assert.All(DiagnosticDescriptors.All, d =>
        {
            Assert.Matches(@"^SB[1-4]\d{3}$", d.Code);
            Assert.False(string.IsNullOrWhiteSpace(d.Title), d.Code);
            Assert.Contains("Example fix", d.Help, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Should_keep_docs_diagnostics_md_made_from_the_table() =>
        GoldenFile.MatchFile(Path.Combine(RepoPaths.Root, "docs", "diagnostics.md"), DiagnosticsReference.Markdown());

    [Fact]
    public void Should_make_a_removed_tracked_id_and_an_unapproved_version_errors_only_under_strict()
    {
        DiagnosticDescriptor[] raised =
        [
            ValidationDiagnostics.TrackedIdRemoved, ValidationDiagnostics.ReviewOverdue, ValidationDiagnostics.ReviewMissing,
            ValidationDiagnostics.ReviewOfAnotherVersion, ValidationDiagnostics.NoNextReview, ValidationDiagnostics.ReferenceCheckOld,
            ValidationDiagnostics.ReferenceNeverChecked,
        ];

        Assert.All(raised, d => Assert.Equal(DiagnosticSeverity.Warning, SeverityMap.Default.SeverityOf(d)));
        Assert.All(raised, d => Assert.Equal(DiagnosticSeverity.Error, SeverityMap.Strict.SeverityOf(d)));
        Assert.All(DiagnosticDescriptors.All.Except(raised), d => Assert.Equal(d.DefaultSeverity, SeverityMap.Strict.SeverityOf(d)));
    }

    [Fact]
    public void Should_report_with_the_severity_of_the_bags_map()
    {
        var strict = new DiagnosticBag(SeverityMap.Strict);

        strict.Report(ValidationDiagnostics.TrackedIdRemoved, new SourceLocation("tracking.lock", 3, 1), "Gone.");

        Assert.True(strict.HasErrors);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Should_explain_every_code(string code)
    {
        var run = CliRunner.InProcess("explain", code.ToLowerInvariant());

        Assert.Equal((0, ""), (run.ExitCode, run.Stderr));
        Assert.StartsWith($"{code}: ", run.Stdout, StringComparison.Ordinal);
        Assert.Contains(DiagnosticDescriptors.Find(code)!.Help, run.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SB3090", "SB3009")]
    [InlineData("SB9999", "SB4058")]
    public void Should_refuse_an_unknown_code_and_name_the_nearest(string typed, string nearest)
    {
        var run = CliRunner.InProcess("explain", typed);

        Assert.Equal((1, ""), (run.ExitCode, run.Stdout));
        Assert.Contains($"'{typed}' is not a ScormBuilder diagnostic code. Did you mean '{nearest}'?", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }
}
