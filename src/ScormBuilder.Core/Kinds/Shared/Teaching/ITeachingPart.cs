using ScormBuilder.Model;

namespace ScormBuilder.Kinds.Shared.Teaching;

/// <summary>
/// A part that teaches (a session): what a quiz question names as the place it is taught, and what a case study is
/// linked from. Other kinds find such parts through this, never through the session kind's own classes.
/// </summary>
public interface ITeachingPart
{
    string Id { get; }

    string Title { get; }

    /// <summary>Its own Markdown, without what it embeds.</summary>
    MarkdownSource Body { get; }
}

/// <summary>The parts of a course that teach, in course order.</summary>
public static class CourseTeachingParts
{
    extension(Course course)
    {
        public IEnumerable<ITeachingPart> TeachingParts => course.Parts.OfType<ITeachingPart>();
    }
}
