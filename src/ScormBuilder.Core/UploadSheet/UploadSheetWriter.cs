using System.Globalization;
using System.Text;
using ScormBuilder.Inspection;
using ScormBuilder.Model;
using ScormBuilder.ReviewPack;
using ScormBuilder.Targets;

namespace ScormBuilder.UploadSheet;

/// <summary>
/// The uploader's sheet: one self-contained page kept open beside a platform's upload form (its page,
/// <see cref="UploadSheetDocument"/>), section by section. It carries no date, so the same course and zip give the
/// same bytes.
/// </summary>
internal static class UploadSheetWriter
{
    public static byte[] Write(Target target, Course course, PackageFacts package, ManifestFacts manifest)
    {
        var html = new ReviewHtml();
        html.Open("header").Element("h1", $"Uploading to {target.Platform}");
        html.Element("p", $"{course.Title}, version {course.Version}. Keep this page open beside {target.Platform}'s upload form, and copy each value into the field of the same name.");
        html.Element("p", "", ("id", "copy-status"), ("role", "status"), ("aria-live", "polite"));
        html.Close("header").Open("main");

        SheetSection.Open(html, "package", "The package");
        html.Open("dl", ("class", "fields"));
        SheetSection.Field(html, "package-file", "File name", package.FileName, required: false);
        SheetSection.Field(html, "package-bytes", "Size in bytes", package.Bytes.ToString(CultureInfo.InvariantCulture), required: false);
        SheetSection.Field(html, "package-sha256", "SHA-256", package.Sha256, required: false);
        html.Close("dl").Close("section");

        WriteForm(html, target, course, package);
        SheetSection.Open(html, "launch", "Launch");
        html.Element("p", $"How {target.Platform} opens the course.");
        SheetSection.Rows(html, "launch", LaunchRows.Of(target), $"Not published: this target states none for {target.Platform}.");
        html.Close("section");
        WriteSettings(html, target);
        WriteStored(html, target, manifest);
        WriteChecks(html, target);
        WriteNotPublished(html, target);
        html.Close("main");
        return Encoding.UTF8.GetBytes(UploadSheetDocument.Document(target, course, html));
    }

    private static void WriteForm(ReviewHtml html, Target target, Course course, PackageFacts package)
    {
        SheetSection.Open(html, "form", "The upload form, in its order");
        if (target.Form.Count == 0)
        {
            html.Element("p", $"The upload form of {target.Platform} is not published, so this sheet cannot list its fields in its order: fill it in from course.yaml and this page.");
        }
        else
        {
            html.Open("dl", ("class", "fields"));
            foreach (var (field, index) in target.Form.Select((f, i) => (f, i + 1)))
            {
                SheetSection.Field(html, $"field-{index}", field.Label, CourseFacts.Value(course, field.Fact, package.FileName), field.Required, field.Fact);
            }

            html.Close("dl");
        }

        html.Close("section");
    }

    private static void WriteStored(ReviewHtml html, Target target, ManifestFacts manifest)
    {
        SheetSection.Open(html, "stored", "What the platform keeps from the manifest");
        if (target.Stores.Count == 0)
        {
            html.Element("p", $"This target does not say what {target.Platform} keeps from the manifest.");
        }
        else
        {
            html.Element("p", $"{target.Platform} keeps these from the package's manifest. After uploading, check it shows the same values.");
            SheetSection.Rows(html, "stored", StoredRows.Of(target, manifest), "None: this package's manifest gives none.");
        }

        html.Close("section");
    }

    private static void WriteSettings(ReviewHtml html, Target target)
    {
        SheetSection.Open(html, "settings", "Settings to choose");
        if (target.Settings.Count == 0)
        {
            html.Element("p", "This target names no settings: keep the platform's defaults.");
        }
        else
        {
            html.Open("table").Open("thead").Open("tr");
            html.Element("th", "Setting", ("scope", "col")).Element("th", "Choose", ("scope", "col")).Element("th", "Why", ("scope", "col"));
            html.Close("tr").Close("thead").Open("tbody");
            foreach (var setting in target.Settings)
            {
                html.Open("tr").Element("th", setting.Setting, ("scope", "row")).Element("td", setting.Choose).Element("td", setting.Why).Close("tr");
            }

            html.Close("tbody").Close("table");
        }

        html.Close("section");
    }

    private static void WriteChecks(ReviewHtml html, Target target)
    {
        SheetSection.Open(html, "checks", "Checks for you to make");
        html.Element("p", "ScormBuilder cannot make these checks: tick each one once you have made it.");
        html.Open("ul", ("class", "checks"));
        var checks = target.Checks.Append("The platform shows the file name, size and SHA-256 above for the package it received, where it shows them.");
        foreach (var (check, index) in checks.Select((c, i) => (c, i + 1)))
        {
            html.Open("li").Open("input", ("type", "checkbox"), ("id", $"check-{index}"));
            html.Element("label", check, ("for", $"check-{index}")).Close("li");
        }

        html.Close("ul").Close("section");
    }

    private static void WriteNotPublished(ReviewHtml html, Target target)
    {
        SheetSection.Open(html, "not-published", "What the platform does not publish");
        if (target.NotPublished.Count == 0)
        {
            html.Element("p", "This target names nothing unpublished.");
        }
        else
        {
            html.Element("p", $"{target.Platform} does not publish these limits, so ScormBuilder cannot check them: ask the platform's administrators.");
            html.Open("ul");
            foreach (var limit in target.NotPublished)
            {
                html.Element("li", limit);
            }

            html.Close("ul");
        }

        html.Close("section");
    }
}
