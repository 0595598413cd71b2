using ScormBuilder.Loading;

namespace ScormBuilder.Kinds.References;

/// <summary>The keys of references.yaml, which <see cref="ReferencesLoader"/> reads and the references schema describes.</summary>
internal static class ReferencesShape
{
    public static readonly YamlKey ReferenceId = PartFields.IdKey("The reference's id (S1, h-cpd…): unique in the file; the page's anchor and the label learners see.");

    public static readonly YamlKey ReferenceTitle = new("title", new TextValue(), "The title as the page or document gives it.", Required: true);

    public static readonly YamlKey Author = new("author", new TextValue(), "Who wrote it, when the page names a person: 'Bird, O.'.");

    public static readonly YamlKey Publisher = new("publisher", new TextValue(), "Who published it: an organisation, a blog, a journal.");

    public static readonly YamlKey Date = new("date", new TextValue(NumbersToo: true),
        "The date as the page states it (free text: 'Page updated 13 November 2018', '2024', 'Date not stated').");

    public static readonly YamlKey Url = new("url", new TextValue(), "The page's address, https:// or http://.");

    public static readonly YamlKey Note = new("note", new TextValue(), "Short Markdown: what the course takes from it, or where a copy was found.");

    public static readonly YamlKey Checked = new("checked", new TextValue(CourseShape.DatePattern),
        "When the reference (its address and what the course takes from it) was last checked, as yyyy-mm-dd. Leave it out until it has been.");

    public static readonly YamlKey CheckedHow = new("checked_how", new ChoiceValue([ReferenceCheck.Live, ReferenceCheck.Stored]),
        "How it was checked: 'live' against the page itself, 'stored' against a stored copy.");

    public static readonly YamlShape Reference = new("A reference and its last check.",
        [ReferenceId, ReferenceTitle, Author, Publisher, Date, Url, Note, Checked, CheckedHow],
        [new YamlKeyRule(Checked.Name, null, new KeyDemand([CheckedHow.Name], []), new KeyDemand([], [CheckedHow.Name]))]);

    public static readonly YamlKey References = new("references", new ListValue(new MappingValue(Reference)), "The references, in order.");

    public static readonly YamlKey Heading = new("heading", new TextValue(), "The group's heading on the page.", Required: true);

    public static readonly YamlKey GroupIntro = new("intro", new TextValue(), "Markdown shown under the heading, above the group's references.");

    public static readonly YamlShape Group = new("References under one heading.", [Heading, GroupIntro, References]);

    public static readonly YamlKey Id = PartFields.IdKey("The part's id ('references'): keep it, learners' progress is kept against it.");

    public static readonly YamlKey Title = PartFields.TitleKey("The page's title.");

    public static readonly YamlKey Required = PartFields.RequiredKey("true makes reading the page count toward completion (default false).");

    public static readonly YamlKey Intro = new("intro", new TextValue(), "Markdown shown above the references: how they were checked, say.");

    public static readonly YamlKey Groups = new("groups", new ListValue(new MappingValue(Group)), "Groups of references, each under a heading, after any top-level 'references:'.");

    public static readonly YamlKey Outro = new("outro", new TextValue(), "Markdown shown after the references.");

    public static readonly YamlShape File = new("A ScormBuilder references page: references.yaml.",
        [Id, Title, Required, Intro, References, Groups, Outro]);
}
