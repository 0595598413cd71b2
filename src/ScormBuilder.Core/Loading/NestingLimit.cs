using ScormBuilder.Diagnostics;

namespace ScormBuilder.Loading;

/// <summary>
/// Refuses Markdown nested deeper than any course needs, in one linear pass before it is parsed: deep nesting is
/// how a small file makes a parser (and every check after it) take time that grows with the square of its size, or
/// throw. It counts quote and list markers opening a line, brackets still open on a line, and raw HTML elements
/// still open in the file as an HTML parser sees them: an end tag closes only an element it names that is open, so
/// stray end tags (<c>&lt;div&gt;&lt;/x&gt;</c> repeated) cannot hide real depth.
/// </summary>
internal static class NestingLimit
{
    public const int MaxContainers = 32;
    public const int MaxBrackets = 32;
    public const int MaxElements = 64;
    public const int MaxIndent = 256;

    // Elements without a closing tag, or whose closing tag HTML lets an author leave out: they nest nothing.
    private static readonly HashSet<string> s_unclosed = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
        "p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "option", "optgroup", "colgroup", "caption", "rb", "rt", "rp",
    };

    /// <summary>True when <paramref name="text"/> may be parsed; otherwise reports the first place too deep.</summary>
    public static bool Check(string text, string path, int firstLine, DiagnosticBag diagnostics)
    {
        var elements = new OpenElements();
        var lineNumber = firstLine;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan(range);
            if (Problem(line, elements) is { } problem)
            {
                diagnostics.Report(LoadingDiagnostics.NestingTooDeep, new SourceLocation(path, lineNumber, problem.Column + 1), problem.Message);
                return false;
            }

            lineNumber++;
        }

        return true;
    }

    private static (int Column, string Message)? Problem(ReadOnlySpan<char> line, OpenElements elements)
    {
        var indent = line.Length - line.TrimStart(" \t").Length;
        if (indent > MaxIndent && indent < line.Length)
        {
            return (0, $"This line is indented {indent} columns; course text never needs more than {MaxIndent}. Flatten the nested lists or quotes.");
        }

        var containers = 0;
        var at = indent;
        while (at < line.Length && ContainerMarker(line, at) is var length and > 0)
        {
            if (++containers > MaxContainers)
            {
                return (at, $"Quotes or lists are nested more than {MaxContainers} levels deep on this line. Course text never needs this; flatten it.");
            }

            at += length;
            while (at < line.Length && line[at] is ' ' or '\t')
            {
                at++;
            }
        }

        var brackets = 0;
        for (var i = at; i < line.Length; i++)
        {
            switch (line[i])
            {
                case '\\':
                    i++;
                    break;
                case '[' or '(':
                    if (++brackets > MaxBrackets)
                    {
                        return (i, $"More than {MaxBrackets} brackets are open at once on this line. Course text never needs this; close or remove them.");
                    }

                    break;
                case ']' or ')':
                    brackets = Math.Max(0, brackets - 1);
                    break;
                case '<':
                    if (!elements.Apply(line[(i + 1)..]))
                    {
                        return (i, $"More than {MaxElements} HTML elements are open at once here. Course text never needs this; close them or use Markdown.");
                    }

                    break;
            }
        }

        return null;
    }

    // The length of a '>' or list marker ('-', '*', '+', '1.', '1)') at the start of the rest of a line, or 0.
    private static int ContainerMarker(ReadOnlySpan<char> line, int at)
    {
        if (line[at] == '>')
        {
            return 1;
        }

        var followedBySpace = at + 1 >= line.Length || line[at + 1] is ' ' or '\t';
        if (line[at] is '-' or '*' or '+')
        {
            return followedBySpace ? 1 : 0;
        }

        var digits = 0;
        while (at + digits < line.Length && digits < 10 && char.IsAsciiDigit(line[at + digits]))
        {
            digits++;
        }

        var end = at + digits;
        return digits > 0 && end < line.Length && line[end] is '.' or ')' && (end + 1 >= line.Length || line[end + 1] is ' ' or '\t') ? digits + 1 : 0;
    }

    // The raw HTML elements open so far, innermost last; never more than MaxElements + 1 long.
    private sealed class OpenElements
    {
        private readonly List<string> _names = [];

        // Applies the tag (if any) that starts the rest of a line after '<'; false once too many are open.
        public bool Apply(ReadOnlySpan<char> rest)
        {
            var closing = rest.Length > 0 && rest[0] == '/';
            var name = closing ? rest[1..] : rest;
            var length = 0;
            while (length < name.Length && length < 16 && char.IsAsciiLetterOrDigit(name[length]))
            {
                length++;
            }

            // A tag's name ends at a space, '>' or '/'; '<https://…>' and '<a@b.org>' are autolinks, not elements.
            var endsTag = length == name.Length || name[length] is ' ' or '\t' or '>' or '/';
            if (length == 0 || !endsTag || !char.IsAsciiLetter(name[0]) || s_unclosed.Contains(name[..length].ToString()))
            {
                return true;
            }

            var tag = name[..length].ToString().ToLowerInvariant();
            if (closing)
            {
                // An end tag closes the innermost open element of its name and all inside it; one naming no open
                // element is ignored, as a browser ignores it.
                var open = _names.LastIndexOf(tag);
                if (open >= 0)
                {
                    _names.RemoveRange(open, _names.Count - open);
                }

                return true;
            }

            var end = name[..Math.Min(name.Length, 1000)].IndexOf('>');
            if (end > 0 && name[end - 1] == '/')
            {
                return true;
            }

            _names.Add(tag);
            return _names.Count <= MaxElements;
        }
    }
}
