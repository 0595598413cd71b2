using ScormBuilder.Diagnostics;
using ScormBuilder.Loading;
using ScormBuilder.Model;

namespace ScormBuilder.Kinds.CpdRecords;

/// <summary>Reads cpd-record.md: what the record says about the course and how it maps to the CPD standards.</summary>
internal sealed class CpdRecordLoader(LoadContext context)
{
    public CpdRecord? Load(string path, FrontMatter document)
    {
        var fields = document.Fields;
        var id = Ids.Read(fields);
        var title = fields.String("title", required: true);
        // A record is the learner's own: reaching it must never hold back their completion unless the author says so.
        var required = fields.Bool("required") ?? false;
        var provider = fields.String("provider");
        var learningType = fields.String("learning_type");
        var reminder = fields.String("reminder");
        var standards = new List<CpdStandard>();
        foreach (var node in fields.List("standards", required: true))
        {
            var standard = YamlObject.From(node, fields.Location, "a standard ('standard:' and 'evidence:')", context.Diagnostics);
            if (standard is null)
            {
                continue;
            }

            var text = standard.String("standard", required: true);
            var evidence = standard.String("evidence", required: true);
            standard.ReportUnknownKeys();
            if (text is not null && evidence is not null)
            {
                standards.Add(new CpdStandard(text, evidence, standard.LocationOf("standard")));
            }
        }

        return id is null || title is null
            ? null
            : new CpdRecord(id, title, required, path, fields.LocationOf("id"), provider, learningType, standards, reminder,
                context.Body(path, id, document));
    }
}
