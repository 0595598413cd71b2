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
        // The runtime as the package carries it: the modules of templates/runtime joined by the build.
        var runtime = RuntimeScript.Join(RepoPaths.Templates, new DiagnosticBag());
        Assert.NotNull(runtime);
        var sizes = Directory.GetFiles(Path.Combine(RepoPaths.Templates, "assets"))
            .Where(f => f.EndsWith(".js", StringComparison.Ordinal) || f.EndsWith(".css", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetFileName(f), f => Gzipped(File.ReadAllBytes(f)));
        sizes.Add("runtime.js", Gzipped(runtime.Content!));

        Assert.NotEmpty(sizes);
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
