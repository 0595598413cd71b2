using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using ScormBuilder.Tests.Support;

namespace ScormBuilder.CourseTests;

/// <summary>One shared run of words: the course file it is in and the words themselves.</summary>
internal sealed record SharedRun(string File, string Words);

/// <summary>
/// The originality check without the sources: the course's runs of ten words, normalised exactly as
/// ../shared/tools/originality normalises text, hashed as make-source-hashes.py hashes the sources' runs, and
/// looked up in the committed source-run-hashes.txt.
/// </summary>
internal static partial class SourceRuns
{
    public const int Length = 10;

    private static readonly string[] s_checkedExtensions = [".md", ".yaml", ".yml", ".vtt", ".txt", ".html", ".hbs", ".json"];

    public static string HashFile => Path.Combine(RepoPaths.Root, "tests", "ScormBuilder.CourseTests", "source-run-hashes.txt");

    public static IReadOnlySet<string> LoadHashes() =>
        File.ReadAllLines(HashFile).Where(line => line.Length > 0).ToHashSet(StringComparer.Ordinal);

    /// <summary>Lower-cased words with markup and link targets left out, as the originality tool's words().</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        text = Markup().Replace(text, " ");
        text = LinkTarget().Replace(text, "] ");
        return Word().Matches(text.ToLowerInvariant().Replace('’', '\'')).Select(m => m.Value).ToList();
    }

    /// <summary>The first 8 bytes of the SHA-256 of the words joined by single spaces, in lower-case hex.</summary>
    public static string Hash(IEnumerable<string> run) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(' ', run))))[..16];

    /// <summary>Every run of ten words in the course's text files whose hash is in <paramref name="hashes"/>.</summary>
    public static IReadOnlyList<SharedRun> FindIn(string courseDirectory, IReadOnlySet<string> hashes)
    {
        var shared = new List<SharedRun>();
        var files = Directory.EnumerateFiles(courseDirectory, "*", SearchOption.AllDirectories)
            .Where(f => s_checkedExtensions.Contains(Path.GetExtension(f), StringComparer.Ordinal))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var words = Words(File.ReadAllText(file));
            for (var i = 0; i + Length <= words.Count; i++)
            {
                var run = words.Skip(i).Take(Length).ToList();
                if (hashes.Contains(Hash(run)))
                {
                    shared.Add(new SharedRun(Path.GetRelativePath(courseDirectory, file), string.Join(' ', run)));
                }
            }
        }

        return shared;
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Markup();

    [GeneratedRegex(@"\]\([^)]*\)")]
    private static partial Regex LinkTarget();

    [GeneratedRegex("[a-z0-9]+(?:['’][a-z]+)?")]
    private static partial Regex Word();
}
