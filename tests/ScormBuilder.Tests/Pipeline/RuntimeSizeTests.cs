using System.IO.Compression;
using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Pipeline;

/// <summary>Learners on slow NHS networks and old phones download the runtime with every launch: keep it small.</summary>
public sealed class RuntimeSizeTests
{
    private const int BudgetBytes = 30 * 1024;

    [Fact]
    public void Should_keep_the_runtime_script_and_styles_under_30_KB_gzipped()
    {
        var files = Directory.GetFiles(Path.Combine(RepoPaths.Templates, "assets"))
            .Where(f => f.EndsWith(".js", StringComparison.Ordinal) || f.EndsWith(".css", StringComparison.Ordinal))
            .ToList();

        var sizes = files.ToDictionary(f => Path.GetFileName(f), Gzipped);

        Assert.NotEmpty(sizes);
        Assert.True(sizes.Values.Sum() < BudgetBytes,
            $"The runtime is {sizes.Values.Sum():N0} bytes gzipped ({string.Join(", ", sizes.Select(s => $"{s.Key} {s.Value:N0}"))}); the budget is {BudgetBytes:N0}.");
    }

    private static int Gzipped(string path)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(File.ReadAllBytes(path));
        }

        return (int)buffer.Length;
    }
}
