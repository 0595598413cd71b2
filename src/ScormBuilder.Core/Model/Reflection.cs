using ScormBuilder.Diagnostics;

namespace ScormBuilder.Model;

public sealed record Reflection(
    string Id,
    string Title,
    bool Required,
    string SourcePath,
    SourceLocation IdLocation,
    IReadOnlyList<ReflectionPrompt> Prompts,
    int ActionCount,
    int ActionMaxLength,
    MarkdownSource Body)
    : Part(Id, Title, Required, SourcePath, IdLocation)
{
    public override string Kind => "reflection";
}

public sealed record ReflectionPrompt(string Id, string Text, string? Hint, int MaxLength, SourceLocation Location);
