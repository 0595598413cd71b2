using System.Xml.Linq;
using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Packaging;

/// <summary>
/// The manifest's IMS LOM metadata: the course's language, description, version, its status from the reviews it
/// requires, and its contributors (authors and reviewers, with the reviews' dates), valid against imsmd_rootv1p2p1.
/// </summary>
public sealed class ManifestMetadataTests
{
    private static readonly XNamespace s_lom = "http://www.imsglobal.org/xsd/imsmd_rootv1p2p1";

    private const string Reviewed = """
        keywords: [social media, "HCPC, standards"]
        required_reviews: [clinical, editorial]
        reviews:
          - {role: clinical, by: "Dr Test Reviewer, RN", date: 2026-11-30, version: 0.1.0}
          - {role: editorial, by: Test Editor, date: 2026-12-02, version: 0.1.0}
        next_review: 2999-12-31

        """;

    [Fact]
    public void Should_mark_a_version_every_required_role_reviewed_final_and_name_its_contributors()
    {
        var package = Build(Reviewed);

        Assert.Empty(package.Problems());
        Assert.Equal(["social media", "HCPC, standards"], Lom(package).Element(s_lom + "general")!.Elements(s_lom + "keyword").Select(k => k.Value));
        var lifecycle = Lom(package).Element(s_lom + "lifecycle")!;
        Assert.Equal("0.1.0", lifecycle.Element(s_lom + "version")!.Value);
        Assert.Equal("Final", lifecycle.Element(s_lom + "status")!.Element(s_lom + "value")!.Value);
        var contributions = lifecycle.Elements(s_lom + "contribute")
            .Select(c => (Role: c.Element(s_lom + "role")!.Element(s_lom + "value")!.Value, Card: c.Element(s_lom + "centity")!.Value, Date: c.Element(s_lom + "date")?.Value))
            .ToList();
        Assert.Equal(["Author", "Validator", "Editor"], contributions.Select(c => c.Role));
        Assert.Equal([null, "2026-11-30", "2026-12-02"], contributions.Select(c => c.Date));
        Assert.Contains("FN:Dr Test Reviewer\\, RN\n", contributions[1].Card, StringComparison.Ordinal);
        Assert.Contains("NOTE:clinical review of version 0.1.0\n", contributions[1].Card, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_mark_a_version_with_a_required_review_pending_draft()
    {
        var package = Build(Reviewed.Replace("version: 0.1.0}\n  - {role: editorial", "version: 0.0.9}\n  - {role: editorial", StringComparison.Ordinal));

        Assert.Empty(package.Problems());
        Assert.Equal("Draft", Lom(package).Element(s_lom + "lifecycle")!.Element(s_lom + "status")!.Element(s_lom + "value")!.Value);
    }

    [Fact]
    public void Should_state_no_status_when_the_course_requires_no_review_but_still_its_language_and_description()
    {
        var package = Build("");

        var lom = Lom(package);
        Assert.Null(lom.Element(s_lom + "lifecycle")!.Element(s_lom + "status"));
        Assert.Equal("en-GB", lom.Element(s_lom + "general")!.Element(s_lom + "language")!.Value);
        Assert.Equal("One of each kind of part, for the tests.", lom.Element(s_lom + "general")!.Element(s_lom + "description")!.Value);
        Assert.Empty(lom.Element(s_lom + "general")!.Elements(s_lom + "keyword"));
    }

    [Fact]
    public void Should_state_the_audience_licence_and_competences_in_their_lom_slots_valid_against_the_schema()
    {
        var package = Build("licence: CC BY-NC 4.0\naudience: Nurses in the UK\ncompetences: [Information governance and data security]\n");

        Assert.Empty(package.Problems());
        var lom = Lom(package);
        Assert.Equal("Nurses in the UK", lom.Element(s_lom + "educational")!.Element(s_lom + "description")!.Value);
        var rights = lom.Element(s_lom + "rights")!;
        Assert.Equal("yes", rights.Element(s_lom + "copyrightandotherrestrictions")!.Element(s_lom + "value")!.Value);
        Assert.Equal("CC BY-NC 4.0", rights.Element(s_lom + "description")!.Value);
        var classification = lom.Element(s_lom + "classification")!;
        Assert.Equal("Competency", classification.Element(s_lom + "purpose")!.Element(s_lom + "value")!.Value);
        Assert.Equal(["Information governance and data security"], classification.Elements(s_lom + "keyword").Select(k => k.Value));
    }

    [Fact]
    public void Should_fail_the_schema_check_when_the_metadata_is_out_of_order()
    {
        // The control: the LOM schema really is applied, so a misplaced element is caught.
        var package = Build(Reviewed);
        var manifest = XDocument.Parse(package.ManifestText);
        Assert.Empty(package.WithManifest(manifest.ToString()).Problems());
        var general = manifest.Descendants(s_lom + "general").Single();
        var language = general.Element(s_lom + "language")!;
        language.Remove();
        general.Add(language);

        Assert.Contains(package.WithManifest(manifest.ToString()).Problems(), p => p.StartsWith("XSD", StringComparison.Ordinal));
    }

    private static XElement Lom(ScormPackage package) => XDocument.Parse(package.ManifestText).Descendants(s_lom + "lom").Single();

    private static ScormPackage Build(string courseYamlTail)
    {
        using var course = TempCourse.CopyOf(RepoPaths.MinimalCourse);
        course.Write("course.yaml", course.Read("course.yaml") + courseYamlTail);
        var run = CliRunner.InProcess(["build", course.CourseDirectory, "-o", course.OutputDirectory, "--templates", RepoPaths.Templates]);
        Assert.True(run.ExitCode == 0, run.Stderr);
        return ScormPackage.Open(Assert.Single(course.OutputFiles()));
    }
}
