using Scriban.Runtime;
using System.Text.Json;
using ScormBuilder.Diagnostics;
using ScormBuilder.Kinds.Shared.Prompts;
using ScormBuilder.Loading;
using ScormBuilder.Model;
using ScormBuilder.Rendering;
using ScormBuilder.Validation;

namespace ScormBuilder.Kinds.Reflections;

/// <summary>reflection.md: prompts with a length each, and up to five dated actions.</summary>
internal sealed class ReflectionKind : ICompilerExtension, IPartLoader, IPartRenderer, ISavedStateContributor
{
    public const string Name = "reflection";

    public string SourcePattern => "reflection.md";

    public string Kind => Name;

    public void Setup(CompilerPipelineBuilder builder)
    {
        builder.Loaders.Add(this);
        builder.SavedState.Add(this);
        builder.Renderers.Add(this);
        builder.TrackedKinds.Add("prompt");
    }

    public bool Claims(string path) => path == SourcePattern;

    public Part? Load(PartSource source, LoadContext context)
    {
        if (PartFields.Split(source, context) is not { } document)
        {
            return null;
        }

        var fields = document.Fields;
        var (id, title, required) = PartFields.ReadCommon(fields);
        var prompts = new List<ReflectionPrompt>();
        var sectionsEnded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in fields.List("prompts", required: true))
        {
            var prompt = YamlObject.From(node, fields.Location, "a prompt ('id:' and 'text:')", context.Diagnostics);
            if (prompt is null)
            {
                continue;
            }

            var promptId = Ids.Read(prompt);
            var text = prompt.String("text", required: true);
            var hint = prompt.String("hint");
            var maxLength = prompt.Int("max_length", 20, 2000) ?? ReflectionDefaults.MaxLength;
            var section = prompt.String("section");
            prompt.ReportUnknownKeys();
            if (prompts.Count > 0 && prompts[^1].Section is { } previous && previous != section)
            {
                sectionsEnded.Add(previous);
            }

            if (section is not null && sectionsEnded.Contains(section))
            {
                context.Diagnostics.Report(ValidationDiagnostics.SectionSplit, prompt.LocationOf("section"),
                    $"The section '{section}' starts again after another section. Keep a section's prompts together, one after another.");
            }

            if (promptId is not null && text is not null)
            {
                prompts.Add(new ReflectionPrompt(promptId, text, hint, maxLength, prompt.LocationOf("id"), section));
            }
        }

        var actions = fields.Int("actions", 0, 5) ?? 0;
        var actionMaxLength = fields.Int("action_max_length", 20, 500) ?? ReflectionDefaults.ActionMaxLength;
        fields.ReportUnknownKeys();
        return id is null || title is null
            ? null
            : new Reflection(id, title, required, source.Path, fields.LocationOf("id"), prompts, actions, actionMaxLength,
                context.Body(source.Path, id, document));
    }

    // The answers ('r') and the action plan ('p').
    public SavedStateItems? ItemsOf(string each, Course course)
    {
        const string advice = "Lower the prompts' max_length or action_max_length, or use fewer actions.";
        var reflection = course.Reflection;
        var owner = reflection?.IdLocation ?? course.Location;
        return each switch
        {
            "prompt" => new([.. (reflection?.Prompts ?? []).Select(p => new SavedStateItem(p.Id, TextMax: p.MaxLength))], "reflection answers", owner, advice),
            "action" => new([.. Enumerable.Range(0, reflection?.ActionCount ?? 0).Select(i => new SavedStateItem("", Index: i, TextMax: reflection!.ActionMaxLength))],
                "action plan", owner, advice),
            _ => null,
        };
    }

    public ScriptObject Model(Part part, RenderContext context)
    {
        var reflection = (Reflection)part;
        return new ReflectionValues
        {
            Id = reflection.Id,
            Title = reflection.Title,
            Body = new RawHtml(context.Markdown.Render(reflection.Body)),
            Sections = [.. reflection.Sections.Select(section => new ReflectionSectionValues
            {
                Title = TemplateValues.Optional(section.Title),
                Prompts = [.. section.Prompts.Select(p => new ReflectionPromptValues
                {
                    Id = p.Id, Text = p.Text, Hint = TemplateValues.Optional(p.Hint), MaxLength = p.MaxLength, InputId = $"{reflection.Id}-{p.Id}",
                })],
            })],
            Actions = [.. Enumerable.Range(0, reflection.ActionCount).Select(i => new ReflectionActionValues
            {
                Index = i, Number = i + 1, InputId = $"{reflection.Id}-action-{i + 1}", MaxLength = reflection.ActionMaxLength,
            })],
        }.ToScriptObject();
    }

    public void WriteData(Utf8JsonWriter json, Course course)
    {
        if (course.Reflection is not { } reflection)
        {
            return;
        }

        json.WriteStartObject("reflection");
        json.WriteString("id", reflection.Id);
        json.WriteStartArray("prompts");
        foreach (var prompt in reflection.Prompts)
        {
            json.WriteStartObject();
            json.WriteString("id", prompt.Id);
            json.WriteString("text", prompt.Text);
            json.WriteNumber("maxLength", prompt.MaxLength);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteNumber("actions", reflection.ActionCount);
        json.WriteNumber("actionMaxLength", reflection.ActionMaxLength);
        json.WriteEndObject();
    }
}
