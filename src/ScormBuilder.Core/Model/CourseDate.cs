using System.Globalization;

namespace ScormBuilder.Model;

/// <summary>How course.yaml writes a date (yyyy-mm-dd), and how the build writes one back: in diagnostics, the page and the manifest.</summary>
public static class CourseDate
{
    public const string Format = "yyyy-MM-dd";

    public static string Write(DateOnly day) => day.ToString(Format, CultureInfo.InvariantCulture);

    public static bool TryRead(string text, out DateOnly day) =>
        DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
}
