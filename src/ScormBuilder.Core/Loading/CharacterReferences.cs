using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using ScormBuilder.Diagnostics;

namespace ScormBuilder.Loading;

/// <summary>
/// The characters Markdown and HTML make from references: '&amp;#27;' is ESC once decoded, in text, a link or raw
/// HTML alike. The body's own characters were checked as it was read (<see cref="TextCharacters"/>); this checks
/// what its references decode to, so no reference can bring a control character or noncharacter into a page.
/// </summary>
internal static partial class CharacterReferences
{
    /// <summary>Reports each node of the body whose decoded text holds a character course text may not hold.</summary>
    public static void Check(MarkdownDocument document, Func<MarkdownObject, SourceLocation> at, DiagnosticBag diagnostics)
    {
        foreach (var node in document.Descendants())
        {
            var decoded = node switch
            {
                HtmlEntityInline entity => entity.Transcoded.ToString(),
                LinkInline link => $"{link.Url}{link.Title}",
                FencedCodeBlock fenced => $"{fenced.Info}{fenced.Arguments}",
                HtmlInline html => NumericReferences(html.Tag),
                HtmlBlock html => NumericReferences(html.Lines.ToString()),
                _ => "",
            };
            var bad = TextCharacters.IndexOfForbidden(decoded);
            if (bad >= 0)
            {
                diagnostics.Report(LoadingDiagnostics.ControlCharacter, at(node),
                    $"A character reference here stands for {TextCharacters.Name(decoded, bad)}, a control character or noncharacter that no course text may hold. Remove it.");
            }
        }
    }

    // What the numeric references in raw HTML decode to (a browser takes them with or without the ';'); an
    // out-of-range number stands for a noncharacter, so that it is refused too.
    private static string NumericReferences(string html)
    {
        var decoded = new StringBuilder();
        foreach (Match match in NumericReference().Matches(html))
        {
            var hex = match.Groups[1].Success;
            var digits = hex ? match.Groups[1].Value : match.Groups[2].Value;
            var ok = int.TryParse(digits, hex ? NumberStyles.HexNumber : NumberStyles.None, CultureInfo.InvariantCulture, out var value);
            decoded.Append(ok && Rune.IsValid(value) ? char.ConvertFromUtf32(value) : "\uFFFF");
        }

        return decoded.ToString();
    }

    [GeneratedRegex(@"&#(?:[xX]([0-9A-Fa-f]{1,8})|([0-9]{1,10}))", RegexOptions.CultureInvariant)]
    private static partial Regex NumericReference();
}
