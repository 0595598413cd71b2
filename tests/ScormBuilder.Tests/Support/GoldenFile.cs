namespace ScormBuilder.Tests.Support;

/// <summary>
/// Compares output with a reviewed file (under TestData/golden, or one that ships, such as the JSON Schemas). With
/// SCORMBUILDER_UPDATE_GOLDEN=1 it writes the file instead, so a change in output shows up as a diff to review,
/// never as a silently edited expectation.
/// </summary>
internal static class GoldenFile
{
    public static void Match(string name, string actual) => MatchFile(Path.Combine(RepoPaths.TestData, "golden", name), actual);

    /// <summary>The same for a reviewed file elsewhere in the repository, such as a generated file that ships.</summary>
    public static void MatchFile(string path, string actual)
    {
        var name = Path.GetRelativePath(RepoPaths.Root, path).Replace('\\', '/');
        if (Environment.GetEnvironmentVariable("SCORMBUILDER_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"Golden file {path} is missing. Run the tests with SCORMBUILDER_UPDATE_GOLDEN=1 and review it.");
        var expected = File.ReadAllText(path);
        if (expected != actual)
        {
            var line = FirstDifferentLine(expected, actual);
            Assert.Fail($"{name} differs from its golden file at line {line.Number}:\n  expected: {line.Expected}\n  actual:   {line.Actual}\n" +
                "If the change is intended, rerun with SCORMBUILDER_UPDATE_GOLDEN=1 and review the diff.");
        }
    }

    private static (int Number, string Expected, string Actual) FirstDifferentLine(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var left = i < a.Length ? a[i] : "<end of file>";
            var right = i < b.Length ? b[i] : "<end of file>";
            if (left != right)
            {
                return (i + 1, left, right);
            }
        }

        return (0, "", "");
    }
}
