using ScormBuilder.Diagnostics;
using ScormBuilder.Kinds.Shared.Prompts;
using ScormBuilder.Model;

namespace ScormBuilder.Kinds.Reflections;

/// <summary>The reflective activity: prompts the learner answers in their own words, and a dated action plan.</summary>
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
    : Part(Id, Title, Required, SourcePath, IdLocation), IPromptedPart
{
    public override string Kind => ReflectionKind.Name;

    public override IEnumerable<MarkdownSource> Bodies => [Body];

    public override IEnumerable<(string Id, SourceLocation Location)> Ids => [.. base.Ids, .. Prompts.Select(p => (p.Id, p.Location))];

    public override IEnumerable<TrackedId> TrackedIds => Prompts.Select(p => new TrackedId("prompt", p.Id));

    /// <summary>The prompts in runs that share a section (What? So what? Now what?); a run without one has a null title.</summary>
    public IReadOnlyList<PromptSection> Sections
    {
        get
        {
            var runs = new List<(string? Title, List<ReflectionPrompt> Prompts)>();
            foreach (var prompt in Prompts)
            {
                if (runs.Count == 0 || runs[^1].Title != prompt.Section)
                {
                    runs.Add((prompt.Section, []));
                }

                runs[^1].Prompts.Add(prompt);
            }

            return [.. runs.Select(run => new PromptSection(run.Title, run.Prompts))];
        }
    }
}

/// <summary>Defaults that keep a reflection's saved answers within SCORM 1.2's 4096-character budget.</summary>
public static class ReflectionDefaults
{
    public const int MaxLength = 300;
    public const int ActionMaxLength = 120;
}

/// <summary>The reflection of a course: the loader accepts one reflection.md, so it is there once or not at all.</summary>
public static class CourseReflection
{
    extension(Course course)
    {
        public Reflection? Reflection => course.Parts.OfType<Reflection>().FirstOrDefault();
    }
}
