using System.Text.Json;
using Scriban.Runtime;
using ScormBuilder.Model;

namespace ScormBuilder.Rendering;

/// <summary>
/// Renders one kind of block inside Markdown bodies (a knowledge check): the model its template partial gets, and
/// its share of the runtime's data.
/// </summary>
internal interface IBodyBlockRenderer
{
    /// <summary>The block's name (<see cref="BodyBlock.Kind"/>), which is also the name of its template partial.</summary>
    string Kind { get; }

    /// <summary>The values its partial gets: its <see cref="TemplateValues"/> record, made a script object; escaped unless <see cref="RawHtml"/>.</summary>
    ScriptObject Model(BodyBlock block, RenderContext context);

    /// <summary>Adds what the learner runtime needs about these blocks to the course data (a property or none).</summary>
    void WriteData(Utf8JsonWriter json, Course course);
}
