using ScormBuilder.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ScormBuilder.Loading;

/// <summary>
/// Reads one YAML document into <see cref="YamlNode"/>s that remember their lines. A course never needs anchors,
/// aliases, tags (!!python, !include, !!binary or any other) or deep nesting, and they are how YAML bombs and loader
/// tricks work: they are refused, as are the characters <see cref="TextCharacters"/> refuses, raw or escaped.
/// </summary>
internal static class YamlParser
{
    private const int MaxDepth = 16;

    /// <summary>
    /// Parses <paramref name="text"/>; <paramref name="firstLine"/> is the file line it starts on (2 for front
    /// matter). <paramref name="failed"/> says whether it reported an error (an empty document is not one).
    /// </summary>
    public static YamlNode? Parse(string text, string path, int firstLine, DiagnosticBag diagnostics, out bool failed)
    {
        failed = true;
        if (!TextCharacters.Check(text, path, firstLine, diagnostics))
        {
            return null;
        }

        var parser = new Parser(new Scanner(new StringReader(text), skipComments: true));
        var reader = new EventReader(parser, path, firstLine - 1);
        try
        {
            parser.Consume<StreamStart>();
            if (parser.TryConsume<StreamEnd>(out _))
            {
                failed = false;
                return null;
            }

            parser.Consume<DocumentStart>();
            var root = parser.Accept<DocumentEnd>(out _) ? null : reader.ReadNode(depth: 0);
            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _))
            {
                diagnostics.Report(LoadingDiagnostics.InvalidYaml, reader.At(parser.Current!.Start),
                    "The file holds more than one YAML document. Remove the extra '---' separator.");
                return root;
            }

            failed = false;
            return root;
        }
        catch (UnsupportedYamlException e)
        {
            diagnostics.Report(e.Descriptor, e.Location, e.Message);
        }
        catch (YamlException e)
        {
            diagnostics.Report(LoadingDiagnostics.InvalidYaml, TabIndentation(text, path, firstLine) is { } tab && e.Message.Contains("tab", StringComparison.Ordinal) ? tab : reader.At(e.Start),
                $"Invalid YAML: {TidyMessage(e.Message)}. Check the indentation and quoting on this line.");
        }

        return null;
    }

    // YamlDotNet reports a tab used as indentation at the start of the mapping it breaks; the author needs the tab.
    private static SourceLocation? TabIndentation(string text, string path, int firstLine)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', 0, indent);
            if (tab >= 0)
            {
                return new SourceLocation(path, firstLine + i, tab + 1);
            }
        }

        return null;
    }

    private static string TidyMessage(string message)
    {
        // YamlDotNet prefixes positions we already print, e.g. "(Line: 3, Col: 1, Idx: 20) - (…): ".
        var text = message;
        var cut = text.LastIndexOf("): ", StringComparison.Ordinal);
        if (cut >= 0)
        {
            text = text[(cut + 3)..];
        }

        return text.TrimEnd('.');
    }

    private sealed class EventReader(IParser parser, string path, int lineOffset)
    {
        public SourceLocation At(Mark mark) => new(path, (int)mark.Line + lineOffset, (int)mark.Column);

        public YamlNode ReadNode(int depth)
        {
            if (depth > MaxDepth)
            {
                throw new UnsupportedYamlException(LoadingDiagnostics.YamlTooComplex, At(parser.Current!.Start),
                    $"YAML is nested more than {MaxDepth} levels deep. Course files never need this; flatten it.");
            }

            var current = parser.Current!;
            if (current is AnchorAlias alias)
            {
                throw Unsupported(alias.Start, "YAML aliases ('*name') are not supported. Write the value out in full.");
            }

            if (current is NodeEvent { Anchor.IsEmpty: false } anchored)
            {
                throw Unsupported(anchored.Start, "YAML anchors ('&name') are not supported. Write the value out in full.");
            }

            if (current is NodeEvent { Tag.IsEmpty: false } tagged)
            {
                throw Unsupported(tagged.Start, $"YAML tags ('{DiagnosticText.Quote(AsWritten(tagged.Tag.Value))}') are not supported: a course value is plain text, a list or a mapping. Remove the tag.");
            }

            return current switch
            {
                Scalar scalar => ReadScalar(scalar),
                SequenceStart start => ReadSequence(start, depth),
                MappingStart start => ReadMapping(start, depth),
                _ => throw new YamlException(current.Start, current.End, $"Unexpected {current.GetType().Name}"),
            };
        }

        private YamlScalar ReadScalar(Scalar scalar)
        {
            // The file's own characters were checked before parsing; this catches escapes such as "\a" or "\uFFFE".
            if (TextCharacters.IndexOfForbidden(scalar.Value) is var bad and >= 0)
            {
                throw new UnsupportedYamlException(LoadingDiagnostics.ControlCharacter, At(scalar.Start),
                    $"This value holds the character {TextCharacters.Name(scalar.Value, bad)}, a control character or noncharacter that no course text may hold. Remove it.");
            }

            parser.MoveNext();
            return new YamlScalar(At(scalar.Start), scalar.Value, scalar.Style == ScalarStyle.Plain);
        }

        private YamlSequence ReadSequence(SequenceStart start, int depth)
        {
            parser.MoveNext();
            var items = new List<YamlNode>();
            while (!parser.TryConsume<SequenceEnd>(out _))
            {
                items.Add(ReadNode(depth + 1));
            }

            return new YamlSequence(At(start.Start), items);
        }

        private YamlMapping ReadMapping(MappingStart start, int depth)
        {
            parser.MoveNext();
            var entries = new List<KeyValuePair<YamlScalar, YamlNode>>();
            var keys = new HashSet<string>(StringComparer.Ordinal);
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                if (ReadNode(depth + 1) is not YamlScalar key)
                {
                    throw Unsupported(start.Start, "A mapping key must be plain text.");
                }

                if (!keys.Add(key.Value))
                {
                    throw new UnsupportedYamlException(LoadingDiagnostics.InvalidYaml, key.Location,
                        $"The key '{DiagnosticText.Quote(key.Value)}' appears twice in this mapping. Keep one.");
                }

                entries.Add(new(key, ReadNode(depth + 1)));
            }

            return new YamlMapping(At(start.Start), entries);
        }

        // YamlDotNet hands back '!!x' resolved to its full name; the author wrote the short form.
        private static string AsWritten(string tag) =>
            tag.StartsWith("tag:yaml.org,2002:", StringComparison.Ordinal) ? "!!" + tag["tag:yaml.org,2002:".Length..] : tag;

        private UnsupportedYamlException Unsupported(Mark mark, string message) =>
            new(LoadingDiagnostics.InvalidYaml, At(mark), message);
    }

    private sealed class UnsupportedYamlException(DiagnosticDescriptor descriptor, SourceLocation location, string message)
        : Exception(message)
    {
        public DiagnosticDescriptor Descriptor { get; } = descriptor;

        public SourceLocation Location { get; } = location;
    }
}
