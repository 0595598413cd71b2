using ScormBuilder.ReviewPack;

namespace ScormBuilder.UploadSheet;

/// <summary>The parts every section of the uploader's sheet is made of: a titled section and its label–value rows.</summary>
internal static class SheetSection
{
    public static void Open(ReviewHtml html, string id, string title) =>
        html.Open("section", ("aria-labelledby", $"{id}-title")).Element("h2", title, ("id", $"{id}-title"));

    /// <summary>A form value to copy; a fact the course does not give is said, with nothing to copy.</summary>
    public static void Field(ReviewHtml html, string id, string label, string? value, bool required, string? fact = null)
    {
        html.Open("dt").Text(label);
        if (required)
        {
            html.Element("span", " (required)", ("class", "required"));
        }

        html.Close("dt").Open("dd");
        if (value is null)
        {
            html.Element("span", $"Not given: course.yaml has no {fact}.", ("class", "missing"));
        }
        else if (value.Length == 0)
        {
            html.Element("span", $"None: course.yaml's {fact} is empty.", ("class", "missing"));
        }
        else
        {
            html.Element("span", value, ("class", "value"), ("id", id));
            html.Element("button", "Copy", ("type", "button"), ("data-copy", id), ("data-name", label), ("aria-label", $"Copy {label}"), ("hidden", "hidden"));
        }

        html.Close("dd");
    }

    /// <summary>Facts to read and compare, not to copy: each row's value, or <paramref name="whenNull"/> where it has none.</summary>
    public static void Rows(ReviewHtml html, string idPrefix, IReadOnlyList<SheetRow> rows, string whenNull)
    {
        html.Open("dl", ("class", "fields"));
        foreach (var (row, index) in rows.Select((r, i) => (r, i + 1)))
        {
            html.Element("dt", row.Label).Open("dd");
            if (row.Value is null)
            {
                html.Element("span", whenNull, ("class", "missing"));
            }
            else
            {
                html.Element("span", row.Value, ("class", "value"), ("id", $"{idPrefix}-{index}"));
            }

            html.Close("dd");
        }

        html.Close("dl");
    }
}
