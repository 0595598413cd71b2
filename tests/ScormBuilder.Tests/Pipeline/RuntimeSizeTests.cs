using System.IO.Compression;
using ScormBuilder.Diagnostics;
using ScormBuilder.Rendering;
using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Pipeline;

/// <summary>Learners on slow NHS networks and old phones download the runtime with every launch: keep it small.</summary>
public sealed class RuntimeSizeTests
{
    private const int BudgetBytes = 30 * 1024;

    [Fact]
    public void Should_keep_the_runtime_script_and_styles_under_30_KB_gzipped()
    {
        // The scripts and styles as a package carries them: the runtime joined from templates/runtime, all minified.
        var templates = TemplateSet.Load(RepoPaths.Templates, new DiagnosticBag());
        Assert.NotNull(templates);
        var (shipped, warnings) = templates.ShippedFiles;
        var sizes = shipped
            .Where(f => f.PackagePath.EndsWith(".js", StringComparison.Ordinal) || f.PackagePath.EndsWith(".css", StringComparison.Ordinal))
            .ToDictionary(f => f.PackagePath, f => Gzipped(f.Content!));

        Assert.Empty(warnings.ToSortedList());
        Assert.Contains(RuntimeScript.PackagePath, sizes.Keys);
        Assert.True(sizes.Values.Sum() < BudgetBytes,
            $"The runtime is {sizes.Values.Sum():N0} bytes gzipped ({string.Join(", ", sizes.Select(s => $"{s.Key} {s.Value:N0}"))}); the budget is {BudgetBytes:N0}.");
    }

    [Fact]
    public void Should_ship_the_modules_without_their_comment_lines()
    {
        var runtime = RuntimeScript.Join(RepoPaths.Templates, new DiagnosticBag());
        Assert.NotNull(runtime);
        var lines = System.Text.Encoding.UTF8.GetString(runtime.Content!).Split('\n');
        var comments = lines.Where(l => l.TrimStart().StartsWith("//", StringComparison.Ordinal)).ToList();

        // Only the build's own markers: the header and one line naming each module.
        Assert.All(comments.Skip(1), c => Assert.StartsWith("// ---- ", c, StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("sb.main(window, document);", StringComparison.Ordinal));
    }

    private static int Gzipped(byte[] content)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(content);
        }

        return (int)buffer.Length;
    }
}
