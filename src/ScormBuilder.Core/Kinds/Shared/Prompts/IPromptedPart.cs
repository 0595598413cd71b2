using ScormBuilder.Diagnostics;

namespace ScormBuilder.Kinds.Shared.Prompts;

/// <summary>
/// A part the learner writes in (the reflection): prompts in sections, and an action plan. A record of learning
/// reprints it through this, never through the reflection kind's own classes.
/// </summary>
public interface IPromptedPart
{
    /// <summary>The prompts in runs that share a section (What? So what? Now what?); a run without one has a null title.</summary>
    IReadOnlyList<PromptSection> Sections { get; }

    /// <summary>How many actions the plan has room for.</summary>
    int ActionCount { get; }
}

/// <summary>Prompts that follow one another under one section title; null when they have none.</summary>
public sealed record PromptSection(string? Title, IReadOnlyList<ReflectionPrompt> Prompts);

public sealed record ReflectionPrompt(string Id, string Text, string? Hint, int MaxLength, SourceLocation Location, string? Section = null);
