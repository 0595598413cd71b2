using System.Text;
using System.Text.RegularExpressions;

namespace ScormBuilder.Tests.Docs;

/// <summary>
/// Finds the relative links and anchors in Markdown documents that lead nowhere: a file that is not there, or a
/// <c>#anchor</c> that no heading of the target makes (GitHub's heading ids). Links to other sites are not followed;
/// code blocks and code spans are skipped.
/// </summary>
internal static partial class MarkdownLinks
{
    /// <summary>
    /// The problems in <paramref name="documents"/> (paths relative to <paramref name="root"/>, with <c>/</c>).
    /// A document in <paramref name="generated"/> is made by a generator: while it is missing, a link to it is
    /// accepted, but never a link to an anchor in it; once it is there it is checked like any other.
    /// </summary>
    public static IReadOnlyList<string> Problems(string root, IEnumerable<string> documents, IReadOnlySet<string> generated)
    {
        var problems = new List<string>();
        foreach (var document in documents)
        {
            var path = Path.Combine(root, document);
            foreach (var (line, target) in LinksOf(File.ReadAllLines(path)))
            {
                if (Scheme().IsMatch(target))
                {
                    continue;
                }

                var hash = target.IndexOf('#', StringComparison.Ordinal);
                var file = Uri.UnescapeDataString(hash < 0 ? target : target[..hash]);
                var anchor = hash < 0 ? null : Uri.UnescapeDataString(target[(hash + 1)..]);
                var full = file.Length == 0 ? path : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, file));
                var relative = Path.GetRelativePath(root, full).Replace('\\', '/');
                var where = $"{document}({line}): '{target}'";

                if (relative.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(file))
                {
                    problems.Add($"{where} leads out of the repository");
                }
                else if (!File.Exists(full) && !Directory.Exists(full))
                {
                    if (!generated.Contains(relative))
                    {
                        problems.Add($"{where}: there is no {relative}");
                    }
                    else if (anchor is not null)
                    {
                        problems.Add($"{where}: {relative} is generated and not there yet, so its anchors cannot be checked; link to the file alone");
                    }
                }
                else if (anchor is not null && File.Exists(full) && full.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
                         && !AnchorsOf(File.ReadAllLines(full)).Contains(anchor.ToLowerInvariant()))
                {
                    problems.Add($"{where}: no heading in {relative} makes the anchor '#{anchor}'");
                }
                else if (anchor is not null && Directory.Exists(full))
                {
                    problems.Add($"{where}: a folder has no anchors");
                }
            }
        }

        return problems;
    }

    /// <summary>The ids GitHub gives the document's headings: lower case, punctuation dropped, spaces as hyphens, repeats numbered.</summary>
    public static IReadOnlySet<string> AnchorsOf(IEnumerable<string> lines)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (_, text) in ProseOf(lines))
        {
            var heading = Heading().Match(text);
            if (!heading.Success)
            {
                continue;
            }

            var words = LinkText().Replace(heading.Groups[1].Value.Trim().TrimEnd('#').Trim(), "$1");
            var slug = new StringBuilder();
            foreach (var c in words.ToLowerInvariant())
            {
                if (char.IsLetterOrDigit(c) || c is '-' or '_')
                {
                    slug.Append(c);
                }
                else if (c == ' ')
                {
                    slug.Append('-');
                }
            }

            var id = slug.ToString();
            var count = seen.GetValueOrDefault(id);
            seen[id] = count + 1;
            anchors.Add(count == 0 ? id : $"{id}-{count}");
        }

        return anchors;
    }

    private static IEnumerable<(int Line, string Target)> LinksOf(IEnumerable<string> lines)
    {
        foreach (var (number, text) in ProseOf(lines))
        {
            foreach (Match link in Link().Matches(CodeSpan().Replace(text, "")))
            {
                yield return (number, link.Groups[1].Value);
            }
        }
    }

    // The lines outside fenced and indented code blocks, with their numbers.
    private static IEnumerable<(int Line, string Text)> ProseOf(IEnumerable<string> lines)
    {
        string? fence = null;
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            var open = Fence().Match(line);
            if (fence is null && open.Success)
            {
                fence = open.Groups[1].Value;
            }
            else if (fence is not null)
            {
                var trimmed = line.Trim();
                if (trimmed.Length >= fence.Length && trimmed.All(c => c == fence[0]))
                {
                    fence = null;
                }
            }
            else if (!line.StartsWith("    ", StringComparison.Ordinal) && !line.StartsWith('\t'))
            {
                yield return (number, line);
            }
        }
    }

    [GeneratedRegex(@"^ {0,3}(`{3,}|~{3,})")]
    private static partial Regex Fence();

    [GeneratedRegex(@"(`+).*?\1")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"!?\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*<?([^)\s>]+)>?(?:\s+""[^""]*"")?\s*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex LinkText();

    [GeneratedRegex(@"^ {0,3}#{1,6}\s+(.*)$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.-]*:")]
    private static partial Regex Scheme();
}
