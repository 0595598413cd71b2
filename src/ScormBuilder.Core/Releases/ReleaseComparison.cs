using ScormBuilder.Diagnostics;

namespace ScormBuilder.Releases;

/// <summary>
/// The learner-visible changes between a previous release's package and the current one, per part: parts, text,
/// questions, checks, scenario nodes and prompts added, removed, reworded or with a changed key, each with what it
/// means for a learner part-way through. Both sides are read by one <see cref="ContentExtractor"/> from the same
/// kind of page, so only the content can differ.
/// </summary>
public sealed class ReleaseComparison
{
    private ReleaseComparison(PackageContent previous, PackageContent current, IReadOnlyList<ContentChange> changes)
    {
        Previous = previous;
        Current = current;
        Changes = changes;
    }

    public PackageContent Previous { get; }

    public PackageContent Current { get; }

    /// <summary>Every change, parts in the current course's order (removed parts last), blocks in page order.</summary>
    public IReadOnlyList<ContentChange> Changes { get; }

    /// <summary>Reads a package's content; null after reporting (SB4020–SB4025) why it cannot.</summary>
    public static PackageContent? Read(string zipPath, DiagnosticBag diagnostics)
    {
        if (PackageReader.ReadPage(zipPath, diagnostics) is not { } page)
        {
            return null;
        }

        var content = ContentExtractor.Extract(page);
        if (content is null)
        {
            diagnostics.Report(PackagingDiagnostics.NotScormBuilderPackage, new SourceLocation(zipPath.Replace('\\', '/')),
                $"Its {PackageReader.PageName} carries no ScormBuilder course data, so it is not a package ScormBuilder built. Pass the -scorm12.zip that 'scormbuilder build' wrote.");
        }

        return content;
    }

    /// <summary>The content of a package compiled in memory (<see cref="CompiledPackage.Site"/>), read exactly as a zip's would be.</summary>
    public static PackageContent Read(Rendering.RenderedSite site)
    {
        var page = site.Find(PackageReader.PageName)
            ?? throw new InvalidOperationException($"A compiled package always has {PackageReader.PageName}.");
        return ContentExtractor.Extract(System.Text.Encoding.UTF8.GetString(page.ReadAllBytes()))
            ?? throw new InvalidOperationException("A compiled package always carries its course data.");
    }

    /// <summary>
    /// Compares the package at <paramref name="zipPath"/> with <paramref name="current"/>; null after reporting
    /// why not (a bad zip, or one of another course).
    /// </summary>
    public static ReleaseComparison? Between(string zipPath, PackageContent current, DiagnosticBag diagnostics)
    {
        if (Read(zipPath, diagnostics) is not { } previous)
        {
            return null;
        }

        if (previous.CourseId != current.CourseId)
        {
            diagnostics.Report(PackagingDiagnostics.PackageOfAnotherCourse, new SourceLocation(zipPath.Replace('\\', '/')),
                $"This package is of course '{previous.CourseId}', not '{current.CourseId}' (course.yaml's id). Pass a previous release of '{current.CourseId}'.");
            return null;
        }

        return Compare(previous, current);
    }

    /// <summary>Compares two packages' content.</summary>
    public static ReleaseComparison Compare(PackageContent previous, PackageContent current)
    {
        var before = previous.Parts.GroupBy(p => p.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var nowIds = current.Parts.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var changes = new List<ContentChange>();
        foreach (var part in current.Parts)
        {
            if (before.TryGetValue(part.Id, out var old))
            {
                changes.AddRange(PartChanges(old, part));
            }
            else
            {
                changes.Add(new(part.Id, part.Title, BlockKind.Part, ChangeKind.Added, part.Id, null, part.Title, LearnerImpact.PartAdded(part)));
            }
        }

        foreach (var part in previous.Parts.Where(p => !nowIds.Contains(p.Id)))
        {
            changes.Add(new(part.Id, part.Title, BlockKind.Part, ChangeKind.Removed, part.Id, part.Title, null, LearnerImpact.PartRemoved(part)));
        }

        return new ReleaseComparison(previous, current, changes);
    }

    private static IEnumerable<ContentChange> PartChanges(PartContent old, PartContent now)
    {
        ContentChange Change(BlockKind block, ChangeKind change, string id, string? before, string? after, string impact) =>
            new(now.Id, now.Title, block, change, id, before, after, impact);

        if (old.Title != now.Title)
        {
            yield return Change(BlockKind.Part, ChangeKind.Reworded, now.Id, old.Title, now.Title, LearnerImpact.TextChanged);
        }

        foreach (var (before, after) in BlockAlignment.Align(TextsOf(old), TextsOf(now)))
        {
            var change = before is null ? ChangeKind.Added : after is null ? ChangeKind.Removed : ChangeKind.Reworded;
            yield return Change(BlockKind.Text, change, "", before, after, LearnerImpact.TextChanged);
        }

        // A package from elsewhere may repeat an id; the first one counts, as it does for the runtime's lookups.
        var oldById = old.Blocks.Where(b => b.Kind != BlockKind.Text).GroupBy(b => (b.Kind, b.Id)).ToDictionary(g => g.Key, g => g.First());
        var nowKeys = now.Blocks.Where(b => b.Kind != BlockKind.Text).Select(b => (b.Kind, b.Id)).ToHashSet();
        foreach (var block in now.Blocks.Where(b => b.Kind != BlockKind.Text))
        {
            if (!oldById.TryGetValue((block.Kind, block.Id), out var was))
            {
                yield return Change(block.Kind, ChangeKind.Added, block.Id, null, block.Summary, LearnerImpact.Added(block));
                continue;
            }

            if (was.Text != block.Text)
            {
                yield return Change(block.Kind, ChangeKind.Reworded, block.Id, was.Text, block.Text, LearnerImpact.Reworded(was, block));
            }

            if (was.Key != block.Key)
            {
                yield return Change(block.Kind, ChangeKind.KeyChanged, block.Id, was.KeyShown, block.KeyShown, LearnerImpact.KeyChanged(block));
            }
        }

        foreach (var block in old.Blocks.Where(b => b.Kind != BlockKind.Text && !nowKeys.Contains((b.Kind, b.Id))))
        {
            yield return Change(block.Kind, ChangeKind.Removed, block.Id, block.Summary, null, LearnerImpact.Removed(block));
        }
    }

    private static List<string> TextsOf(PartContent part) => [.. part.Blocks.Where(b => b.Kind == BlockKind.Text).Select(b => b.Text)];
}
