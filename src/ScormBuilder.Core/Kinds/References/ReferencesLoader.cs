using ScormBuilder.Diagnostics;
using ScormBuilder.Loading;
using ScormBuilder.Model;

namespace ScormBuilder.Kinds.References;

/// <summary>
/// Reads references.yaml: the page's intro and closing text, its top-level references and its groups. Every Markdown
/// value (intros, notes) is read like a part's body, so its links are checked like any other.
/// </summary>
internal sealed class ReferencesLoader(PartSource source, LoadContext context)
{
    private readonly DiagnosticBag _diagnostics = context.Diagnostics;
    private readonly Dictionary<string, SourceLocation> _seen = new(StringComparer.OrdinalIgnoreCase);

    public ReferenceList? Load()
    {
        var fields = YamlObject.Parse(source.Text, source.DisplayPath, firstLine: 1, "the references", _diagnostics, ReferencesShape.File);
        if (fields is null)
        {
            return null;
        }

        var (id, title, required) = PartFields.ReadCommon(fields, requiredByDefault: false);
        var owner = id ?? "";
        var intro = context.MarkdownValue(source, fields, ReferencesShape.Intro, owner);
        var groups = new List<ReferenceGroup>();
        if (fields.Node(ReferencesShape.References) is not null)
        {
            groups.Add(new ReferenceGroup(null, null, ReadReferences(fields, owner)));
        }

        foreach (var item in fields.List(ReferencesShape.Groups))
        {
            if (ReadGroup(item, fields.Location, owner) is { } group)
            {
                groups.Add(group);
            }
        }

        var outro = context.MarkdownValue(source, fields, ReferencesShape.Outro, owner);
        fields.ReportUnknownKeys();
        if (id is not null && groups.Count == 0)
        {
            _diagnostics.Report(LoadingDiagnostics.MissingKey, fields.Location,
                "The references page lists no references. Add 'references:' (a list), or 'groups:' with a 'heading:' and 'references:' each.");
            return null;
        }

        return id is null || title is null
            ? null
            : new ReferenceList(id, title, required, source.Path, fields.LocationOf("id"), intro, groups, outro);
    }

    private ReferenceGroup? ReadGroup(YamlNode item, SourceLocation parent, string owner)
    {
        var fields = YamlObject.From(item, parent, "a group ('heading:', then 'intro:' or 'references:')", _diagnostics, ReferencesShape.Group);
        if (fields is null)
        {
            return null;
        }

        var heading = fields.String(ReferencesShape.Heading);
        var intro = context.MarkdownValue(source, fields, ReferencesShape.GroupIntro, owner);
        var references = ReadReferences(fields, owner);
        fields.ReportUnknownKeys();
        return heading is null ? null : new ReferenceGroup(heading, intro, references);
    }

    private List<CourseReference> ReadReferences(YamlObject fields, string owner)
    {
        var references = new List<CourseReference>();
        foreach (var item in fields.List(ReferencesShape.References))
        {
            if (ReadReference(item, fields.Location, owner) is { } reference)
            {
                references.Add(reference);
            }
        }

        return references;
    }

    private CourseReference? ReadReference(YamlNode item, SourceLocation parent, string owner)
    {
        var fields = YamlObject.From(item, parent, "a reference ('id:', 'title:' and its details)", _diagnostics, ReferencesShape.Reference);
        if (fields is null)
        {
            return null;
        }

        var id = Ids.Read(fields);
        var title = fields.String(ReferencesShape.ReferenceTitle);
        var url = ReadUrl(fields);
        var note = context.MarkdownValue(source, fields, ReferencesShape.Note, owner);
        var check = ReadCheck(fields, id ?? "");
        fields.ReportUnknownKeys();
        if (id is null || title is null || IsDuplicate(id, fields.LocationOf("id")))
        {
            return null;
        }

        return new CourseReference(id, title, fields.String(ReferencesShape.Author), fields.String(ReferencesShape.Publisher),
            fields.String(ReferencesShape.Date), url, note, check, fields.LocationOf("id"));
    }

    private string? ReadUrl(YamlObject fields)
    {
        var url = fields.String(ReferencesShape.Url);
        if (url is null || (UrlPolicy.IsExternal(url) && url.StartsWith("http", StringComparison.OrdinalIgnoreCase)))
        {
            return url;
        }

        _diagnostics.Report(LoadingDiagnostics.ReferenceUrlNotWeb, fields.LocationOf(ReferencesShape.Url),
            $"'url' is '{DiagnosticText.Quote(UrlPolicy.Shorten(url))}', which is not a web address. Give the page's full address, starting https://.");
        return null;
    }

    private ReferenceCheck? ReadCheck(YamlObject fields, string id)
    {
        var date = ReviewRecordReader.ReadDate(fields, ReferencesShape.Checked);
        var how = fields.Choice(ReferencesShape.CheckedHow);
        var hasDate = fields.Node(ReferencesShape.Checked) is not null;
        var hasHow = fields.Node(ReferencesShape.CheckedHow) is not null;
        if (hasDate != hasHow)
        {
            var message = hasDate
                ? $"Reference '{DiagnosticText.Quote(id)}' says when it was checked but not how. Add 'checked_how: live' (the page itself) or 'checked_how: stored' (a stored copy)."
                : $"Reference '{DiagnosticText.Quote(id)}' says how it was checked but not when. Add 'checked:' with the date, as yyyy-mm-dd, or remove 'checked_how:'.";
            _diagnostics.Report(LoadingDiagnostics.CheckedWithoutHow, fields.LocationOf(hasDate ? ReferencesShape.Checked : ReferencesShape.CheckedHow), message);
            return null;
        }

        return date is { } day && how is not null ? new ReferenceCheck(day, how, fields.LocationOf(ReferencesShape.Checked)) : null;
    }

    private bool IsDuplicate(string id, SourceLocation at)
    {
        if (_seen.TryGetValue(id, out var first))
        {
            _diagnostics.Report(LoadingDiagnostics.DuplicateReference, at,
                $"Reference id '{DiagnosticText.Quote(id)}' is already used at line {first.Line}. Give each reference its own id.");
            return true;
        }

        _seen[id] = at;
        return false;
    }
}
