using ScormBuilder.Kinds.Checks;
using ScormBuilder.Kinds.Quizzes;
using ScormBuilder.Kinds.Scenarios;
using ScormBuilder.Kinds.Shared.Prompts;
using ScormBuilder.Model;
using ScormBuilder.Releases;

namespace ScormBuilder.ReviewPack;

/// <summary>
/// A comparison with an earlier release, placed on the sources: each added or reworded text at the block whose
/// text holds it now, each question, check, node or prompt at its own line, a part added or retitled at its id.
/// The comparison reads rendered pages, so a text is placed by what it says; one it cannot place is marked at
/// its part's id rather than lost.
/// </summary>
internal sealed class ReleaseChanges : IReviewChanges
{
    private readonly Dictionary<(string Path, int Line), List<string>> _marks = [];
    private readonly Dictionary<string, List<string>> _removed = new(StringComparer.Ordinal);
    private readonly List<string> _removedParts = [];
    private readonly string _since;

    /// <param name="course">The course as loaded now.</param>
    /// <param name="comparison">Its comparison with the earlier release.</param>
    /// <param name="packageName">The earlier release's file name, to name in the pack's header.</param>
    public ReleaseChanges(Course course, ReleaseComparison comparison, string packageName)
    {
        var previous = comparison.Previous;
        _since = $"since {previous.Version}";
        ComparedWith = $"{previous.Title}, version {previous.Version}, from {packageName}";
        var parts = course.Parts.ToDictionary(p => p.Id, StringComparer.Ordinal);
        foreach (var group in comparison.Changes.GroupBy(c => c.PartId))
        {
            if (!parts.TryGetValue(group.Key, out var part))
            {
                _removedParts.AddRange(group.Select(c => $"Removed {_since}: part '{c.PartId}', {c.PartTitle}"));
                continue;
            }

            var blocks = CourseTextPart.BodiesShown(part)
                .SelectMany(b => BodyText.LabelledBlocks(b).Select(l => (b.Path, l.Line, Text: ContentExtractor.Collapse(l.Text))))
                .ToList();
            var next = 0;
            foreach (var change in group)
            {
                if (change.Change == ChangeKind.Removed)
                {
                    _removed.TryAdd(part.Id, []);
                    _removed[part.Id].Add($"Removed {_since}: {Named(change)}“{change.Before}”");
                    continue;
                }

                var at = change.Block == BlockKind.Text ? PlaceText(blocks, change.After!, ref next) : Place(course, part, change);
                Mark(at ?? (part.SourcePath, part.IdLocation.Line), Words(change.Change));
            }
        }
    }

    public string? ComparedWith { get; }

    public IReadOnlyList<string> RemovedParts => _removedParts;

    public string? MarkAt(string path, int line) =>
        _marks.TryGetValue((path, line), out var marks) ? $"{string.Join(" and ", marks)} {_since}" : null;

    public IReadOnlyList<string> RemovedFrom(string partId) => _removed.TryGetValue(partId, out var removed) ? removed : [];

    private void Mark((string Path, int Line) at, string words)
    {
        if (!_marks.TryGetValue(at, out var marks))
        {
            _marks[at] = marks = [];
        }

        if (!marks.Contains(words))
        {
            marks.Add(words);
        }
    }

    // Changes come in page order, so the search goes on from the last block placed, then wraps round.
    private static (string, int)? PlaceText(List<(string Path, int Line, string Text)> blocks, string text, ref int next)
    {
        for (var step = 0; step < blocks.Count; step++)
        {
            var index = (next + step) % blocks.Count;
            if (blocks[index].Text.Contains(text, StringComparison.Ordinal))
            {
                next = index;
                return (blocks[index].Path, blocks[index].Line);
            }
        }

        return null;
    }

    private static (string, int)? Place(Course course, Part part, ContentChange change) => change.Block switch
    {
        BlockKind.Question when course.Quiz is { } quiz && quiz.Questions.FirstOrDefault(q => q.Id == change.Id) is { } question =>
            (quiz.SourcePath, question.Location.Line),
        BlockKind.Check => part.Bodies
            .SelectMany(b => b.Blocks.OfType<KnowledgeCheck>().Where(c => c.Question.Id == change.Id).Select(c => (b.Path, c.Question.Location.Line)))
            .Select(at => ((string, int)?)at).FirstOrDefault(),
        BlockKind.ScenarioNode when part is Scenario scenario && scenario.Nodes.FirstOrDefault(n => n.Id == change.Id) is { } node =>
            (part.SourcePath, node.Location.Line),
        BlockKind.Prompt when part is IPromptedPart prompted && prompted.Sections.SelectMany(s => s.Prompts).FirstOrDefault(p => p.Id == change.Id) is { } prompt =>
            (part.SourcePath, prompt.Location.Line),
        _ => null,
    };

    private static string Named(ContentChange change) => change.Block switch
    {
        BlockKind.Question => $"question {change.Id}, ",
        BlockKind.Check => $"knowledge check {change.Id}, ",
        BlockKind.ScenarioNode => $"node {change.Id}, ",
        BlockKind.Prompt => $"prompt {change.Id}, ",
        _ => "",
    };

    private static string Words(ChangeKind change) => change switch
    {
        ChangeKind.Added => "added",
        ChangeKind.Reworded => "reworded",
        _ => "key changed",
    };
}
