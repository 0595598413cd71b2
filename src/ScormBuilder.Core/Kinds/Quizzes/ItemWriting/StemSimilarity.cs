using System.Text.RegularExpressions;
using ScormBuilder.Kinds.Shared.Questions;

namespace ScormBuilder.Kinds.Quizzes.ItemWriting;

/// <summary>
/// How nearly one question repeats another: the Jaccard similarity of the sets of content words (stopwords left out)
/// in what the learner reads, the stem and every option, item or target.
/// </summary>
internal static partial class StemSimilarity
{
    /// <summary>At or above this share of shared words, a quiz question repeats a knowledge check.</summary>
    public const double Threshold = 0.4;

    private static readonly HashSet<string> s_stopwords = new(
        ["the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "is", "are", "be", "it", "its", "you", "your", "yours", "this", "that",
            "these", "those", "with", "as", "at", "by", "from", "what", "which", "who", "whom", "do", "does", "did", "not", "no", "but", "if",
            "they", "them", "their", "he", "she", "his", "her", "we", "our", "i", "my", "me", "was", "were", "has", "have", "had", "so", "than",
            "then", "there", "here", "into", "about", "would", "should", "will", "can", "could", "may", "might", "one", "all", "any"],
        StringComparer.Ordinal);

    public static IReadOnlySet<string> WordsOf(Question question) =>
        Words(string.Join(' ', [question.Text, .. question.Options.Select(o => o.Text), .. question.Pairs.Select(p => p.Item)]));

    public static double Similarity(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        var union = a.Union(b).Count();
        return union == 0 ? 0 : (double)a.Intersect(b).Count() / union;
    }

    private static HashSet<string> Words(string text) =>
        [.. Word().Matches(text.ToLowerInvariant()).Select(m => m.Value.Trim('\'')).Where(w => w.Length > 1 && !s_stopwords.Contains(w))];

    [GeneratedRegex(@"[\p{L}\p{N}']+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
