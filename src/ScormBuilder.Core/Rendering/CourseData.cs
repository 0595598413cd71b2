using System.Text.Json;
using ScormBuilder.Model;

namespace ScormBuilder.Rendering;

/// <summary>
/// The JSON the learner runtime reads from the page: the parts in order, the tracking rules, and what each kind of
/// part adds (the quiz's answers, the reflection's prompts). Written by hand with Utf8JsonWriter: no reflection at start-up, and the same bytes every build.
/// </summary>
internal static class CourseData
{
    public static string ToJson(Course course, IReadOnlyList<IPartRenderer> renderers)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("id", course.Id);
            json.WriteString("version", course.Version);
            json.WriteString("title", course.Title);
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

            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
