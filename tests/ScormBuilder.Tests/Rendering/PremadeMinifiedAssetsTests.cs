using System.Text;
using ScormBuilder.Diagnostics;
using ScormBuilder.Rendering;
using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Rendering;

/// <summary>
/// The default templates' script and styles ship minified ahead, inside ScormBuilder: each must be exactly what the
/// minifier makes of today's templates, named by the SHA-256 of what it was made from. After a change to
/// templates/runtime or templates/assets, SCORMBUILDER_UPDATE_GOLDEN=1 makes them again.
/// </summary>
public sealed class PremadeMinifiedAssetsTests
{
    private static string Folder => Path.Combine(RepoPaths.Root, "src", "ScormBuilder.Core", "Rendering", "Minified");

    public static TheoryData<string> Assets => ["assets/runtime.js", "assets/course.css"];

    [Theory]
    [MemberData(nameof(Assets))]
    public void Should_be_what_the_minifier_makes_of_the_default_templates(string packagePath)
    {
        var written = WrittenFile(packagePath);
        var diagnostics = new DiagnosticBag();

        var minified = AssetMinifier.MinifyNow(written, RepoPaths.Templates, diagnostics);

        Assert.Empty(diagnostics.ToSortedList());
        GoldenFile.MatchFile(Path.Combine(Folder, Path.GetFileName(packagePath)), Encoding.UTF8.GetString(minified.Content!));
        GoldenFile.MatchFile(Path.Combine(Folder, Path.GetFileName(packagePath) + ".sha256"), AssetMinifier.HashOf(written.Content!) + "\n");
    }

    [Theory]
    [MemberData(nameof(Assets))]
    public void Should_ship_the_premade_file_for_the_default_templates_and_minify_any_other_now(string packagePath)
    {
        var written = WrittenFile(packagePath);
        var changed = SiteFile.FromBytes(packagePath, [.. written.Content!, .. "\n/* rebranded */\n"u8]);
        var diagnostics = new DiagnosticBag();

        var shipped = AssetMinifier.Minify([written, changed], RepoPaths.Templates, diagnostics);

        Assert.NotNull(AssetMinifier.Premade(packagePath, written.Content!));
        Assert.Null(AssetMinifier.Premade(packagePath, changed.Content!));
        Assert.Equal(File.ReadAllBytes(Path.Combine(Folder, Path.GetFileName(packagePath))), shipped[0].Content);
        Assert.Equal(AssetMinifier.MinifyNow(changed, RepoPaths.Templates, diagnostics).Content, shipped[1].Content);
        Assert.Empty(diagnostics.ToSortedList());
    }

    private static SiteFile WrittenFile(string packagePath)
    {
        var templates = TemplateSet.Load(RepoPaths.Templates, new DiagnosticBag());
        Assert.NotNull(templates);
        return templates.StaticFiles.Single(f => f.PackagePath == packagePath);
    }
}
