using ScormBuilder.Diagnostics;

namespace ScormBuilder.Model;

/// <summary>
/// What a platform's upload form asks that the course's pages do not: course.yaml's licence, certificate, audience
/// and competences, with where each fact of the listing (these and the title, description, keywords and authors) is
/// written, so that a target's rule reports at that line.
/// </summary>
public sealed record CourseListing(string? Licence, bool? Certificate, string? Audience, IReadOnlyList<string> Competences)
{
    public static CourseListing None { get; } = new(null, null, null, []);

    /// <summary>Where each course.yaml key's value is written, by the key's name; a key not written is absent.</summary>
    public IReadOnlyDictionary<string, SourceLocation> Places { get; init; } = new Dictionary<string, SourceLocation>();

    /// <summary>Where each keyword is written, in the order of <see cref="Course.Keywords"/>.</summary>
    public IReadOnlyList<SourceLocation> KeywordPlaces { get; init; } = [];
}
