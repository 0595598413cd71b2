using System.Text.Json;
using Scriban.Runtime;
using ScormBuilder.Diagnostics;
using ScormBuilder.Kinds.Shared.Questions;
using ScormBuilder.Loading;
using ScormBuilder.Model;
using ScormBuilder.Rendering;
using ScormBuilder.Validation;

namespace ScormBuilder.Kinds.Checks;

/// <summary>
/// <c>```check</c> blocks in any Markdown body: one question in the quiz's question YAML, read by the shared question
/// reader and held to the same answer rules as the quiz's, rendered by partials/check and runtime/check.js.
/// </summary>
internal sealed class CheckKind : ICompilerExtension, IBodyBlockReader, IBodyBlockRenderer, ISavedStateContributor
{
    public const string Name = "check";

    string IBodyBlockReader.Name => Name;

    public string Kind => Name;

    public void Setup(CompilerPipelineBuilder builder)
    {
        builder.BlockReaders.Add(this);
        builder.BlockRenderers.Add(this);
        builder.SavedState.Add(this);
    }

    public BodyBlock? Read(BodyBlockSource source, DiagnosticBag diagnostics)
    {
        if (!source.Closed)
        {
            diagnostics.Report(LoadingDiagnostics.CheckNotClosed, source.Fence,
                "This '```check' block is never closed, so the rest of the file would be read as its question. End it with a line of '```'.");
            return null;
        }

        if (string.IsNullOrWhiteSpace(source.Text))
        {
            diagnostics.Report(LoadingDiagnostics.EmptyCheck, source.Fence,
                "This '```check' block is empty. Write one question in it as quiz.yaml writes them ('id:', 'type:', 'text:', its options and 'feedback:'), or remove it.");
            return null;
        }

        var fields = YamlObject.Parse(source.Text, source.DisplayPath, source.FirstLine, "the knowledge check", diagnostics, QuestionShape.AnyQuestion);
        if (fields is null)
        {
            return null;
        }

        // Asked where it is taught: the part it sits in is its session, and it assesses no outcome.
        var question = new QuestionReader(diagnostics).Read(fields, new Reference(source.OwnerId, source.Fence), [], out _);
        if (question is null)
        {
            return null;
        }

        AnswerRules.Check(question, diagnostics);
        return new KnowledgeCheck(question, source.Line, question.Location);
    }

    public ScriptObject Model(BodyBlock block, RenderContext context)
    {
        var question = ((KnowledgeCheck)block).Question;
        return QuestionModel.Of(question, 0, context.Course).ToScriptObject();
    }

    public void WriteData(Utf8JsonWriter json, Course course)
    {
        var checks = ChecksOf(course).ToList();
        if (checks.Count == 0)
        {
            return;
        }

        json.WriteStartArray("checks");
        foreach (var check in checks)
        {
            QuestionModel.WriteData(json, check.Question);
        }

        json.WriteEndArray();
    }

    // Per check answered ('k'): whether the answer was checked, and the answer as the quiz saves answers.
    public SavedStateItems? ItemsOf(string each, Course course)
    {
        if (each != Name)
        {
            return null;
        }

        var checks = ChecksOf(course).ToList();
        return new([.. checks.Select(c => new SavedStateItem(c.Id, Options: c.Question.LongestAnswer))], "knowledge checks",
            checks.FirstOrDefault()?.Location ?? course.Location, "Use fewer knowledge checks, or shorter question ids.");
    }

    private static IEnumerable<KnowledgeCheck> ChecksOf(Course course) =>
        course.Parts.SelectMany(p => p.Bodies).SelectMany(b => b.Blocks).OfType<KnowledgeCheck>();
}
