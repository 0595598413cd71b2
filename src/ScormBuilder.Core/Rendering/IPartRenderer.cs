using System.Text.Json;
using Scriban.Runtime;
using ScormBuilder.Model;
using ScormBuilder.Rendering.Markdown;

namespace ScormBuilder.Rendering;

/// <summary>Renders one kind of part: the model its template partial gets, and its share of the runtime's data.</summary>
internal interface IPartRenderer
{
    /// <summary>The kind it renders, which is also the name of its template partial.</summary>
    string Kind { get; }

    /// <summary>The values its partial gets: its <see cref="TemplateValues"/> record, made a script object; escaped unless <see cref="RawHtml"/>.</summary>
    ScriptObject Model(Part part, RenderContext context);

    /// <summary>Adds what the learner runtime needs about this kind to the course data (a property or none).</summary>
    void WriteData(Utf8JsonWriter json, Course course)
    {
    }
}

/// <summary>What every part's renderer may use: the whole course, and Markdown rendered for the one page.</summary>
internal sealed record RenderContext(Course Course, CourseMarkdown Markdown);
