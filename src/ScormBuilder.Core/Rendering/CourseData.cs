using System.Text.Json;
using ScormBuilder.Model;

namespace ScormBuilder.Rendering;

/// <summary>
/// The JSON the learner runtime reads from the page: the parts in order, the tracking rules, and what each kind of
/// part adds (the quiz's answers, the reflection's prompts). Written by hand with Utf8JsonWriter: no reflection at start-up, and the same bytes every build.
/// </summary>
internal static class CourseData
{
    public static string ToJson(Course course, IReadOnlyList<IPartRenderer> renderers, IReadOnlyList<IBodyBlockRenderer> blockRenderers)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("id", course.Id);
            json.WriteString("version", course.Version);
            json.WriteString("title", course.Title);
            json.WriteString("storageKey", StorageKey(course));
            json.WriteString("failedQuizStatus", course.Completion.FailedQuizStatus == FailedQuizStatus.Failed ? "failed" : "incomplete");
            json.WriteStartArray("parts");
            foreach (var part in course.Parts)
            {
                json.WriteStartObject();
                json.WriteString("id", part.Id);
                json.WriteString("kind", part.Kind);
                json.WriteString("title", part.Title);
                json.WriteBoolean("required", part.Required);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            foreach (var renderer in renderers)
            {
                renderer.WriteData(json, course);
            }

            foreach (var renderer in blockRenderers)
            {
                renderer.WriteData(json, course);
            }

            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    // What this browser's copies of a learner's progress are filed under. The id alone is not enough: two courses
    // can share one (both left with the id that `new` gave them), and must never read each other's answers.
    private static string StorageKey(Course course)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(course.Id + "\n" + course.Title));
        return course.Id + "." + Convert.ToHexStringLower(hash.AsSpan(0, 6));
    }
}
