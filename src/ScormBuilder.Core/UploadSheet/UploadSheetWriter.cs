using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ScormBuilder.Model;
using ScormBuilder.ReviewPack;
using ScormBuilder.Targets;

namespace ScormBuilder.UploadSheet;

/// <summary>
/// The uploader's sheet: one self-contained page kept open beside a platform's upload form. It loads nothing: a
/// Content-Security-Policy allows only its own style and its copy buttons' script, each by hash. The buttons stay
/// hidden until that script shows them, so without it the values are still plain text to select. It carries no date,
/// so the same course and zip give the same bytes.
/// </summary>
internal static class UploadSheetWriter
{
    private static readonly string s_style = """
        body { font-family: system-ui, sans-serif; line-height: 1.45; max-width: 56rem; margin: 0 auto; padding: 1rem; color: #1b1b1b; background: #fff; }
        h1, h2 { line-height: 1.2; }
        dl.fields { display: grid; grid-template-columns: max-content 1fr; gap: 0.5rem 1rem; }
        dl.fields dt { font-weight: bold; }
        dl.fields dd { margin: 0; }
        .value { font-family: ui-monospace, monospace; white-space: pre-wrap; overflow-wrap: anywhere; background: #f0f0f0; padding: 0 0.25rem; }
        .required, .missing { font-size: 0.9rem; color: #3d3d3d; }
        button { margin-left: 0.5rem; font: inherit; padding: 0 0.5rem; }
        button:focus-visible, input:focus-visible { outline: 3px solid #005eb8; outline-offset: 2px; }
        table { border-collapse: collapse; width: 100%; }
        th, td { border: 1px solid #767676; padding: 0.3rem; text-align: left; vertical-align: top; }
        ul.checks { list-style: none; padding-left: 0; }
        ul.checks li { margin: 0.4rem 0; }
        ul.checks input { width: 1.2rem; height: 1.2rem; margin-right: 0.5rem; vertical-align: middle; }
        #copy-status { min-height: 1.5rem; font-weight: bold; }
        @media print {
          body { max-width: none; padding: 0; }
          button, #copy-status { display: none; }
          section { break-inside: avoid; }
        }
        """;

    // Shows the copy buttons and copies a value's text; the status is read out by the aria-live region.
    private static readonly string s_script = """
        (function () {
          var status = document.getElementById('copy-status');
          if (!navigator.clipboard) { return; }
          document.querySelectorAll('button[data-copy]').forEach(function (button) {
            button.hidden = false;
            button.addEventListener('click', function () {
              var value = document.getElementById(button.getAttribute('data-copy')).textContent;
              navigator.clipboard.writeText(value).then(function () {
                status.textContent = 'Copied: ' + button.getAttribute('data-name') + '.';
              }, function () {
                status.textContent = 'Could not copy ' + button.getAttribute('data-name') + ': select the value and copy it.';
              });
            });
          });
        })();
        """;

    public static byte[] Write(Target target, Course course, PackageFacts package)
    {
        var html = new ReviewHtml();
        html.Open("header").Element("h1", $"Uploading to {target.Platform}");
        html.Element("p", $"{course.Title}, version {course.Version}. Keep this page open beside {target.Platform}'s upload form, and copy each value into the field of the same name.");
        html.Element("p", "", ("id", "copy-status"), ("role", "status"), ("aria-live", "polite"));
        html.Close("header").Open("main");

        Section(html, "package", "The package");
        html.Open("dl", ("class", "fields"));
        Field(html, "package-file", "File name", package.FileName, required: false);
        Field(html, "package-bytes", "Size in bytes", package.Bytes.ToString(CultureInfo.InvariantCulture), required: false);
        Field(html, "package-sha256", "SHA-256", package.Sha256, required: false);
        html.Close("dl").Close("section");

        Section(html, "form", "The upload form, in its order");
        if (target.Form.Count == 0)
        {
            html.Element("p", $"This target lists no form fields for {target.Platform}.");
        }
        else
        {
            html.Open("dl", ("class", "fields"));
            foreach (var (field, index) in target.Form.Select((f, i) => (f, i + 1)))
            {
                Field(html, $"field-{index}", field.Label, CourseFacts.Value(course, field.Fact), field.Required, field.Fact);
            }

            html.Close("dl");
        }

        html.Close("section");
        WriteSettings(html, target);
        WriteChecks(html, target);
        WriteNotPublished(html, target);
        html.Close("main");
        return Encoding.UTF8.GetBytes(Document(target, course, html));
    }

    private static void Section(ReviewHtml html, string id, string title) =>
        html.Open("section", ("aria-labelledby", $"{id}-title")).Element("h2", title, ("id", $"{id}-title"));

    private static void Field(ReviewHtml html, string id, string label, string? value, bool required, string? fact = null)
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

    private static void WriteSettings(ReviewHtml html, Target target)
    {
        Section(html, "settings", "Settings to choose");
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
        Section(html, "checks", "Checks for you to make");
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
        Section(html, "not-published", "What the platform does not publish");
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

    private static string Document(Target target, Course course, ReviewHtml body)
    {
        var policy = $"default-src 'none'; style-src {Hash(s_style)}; script-src {Hash(s_script)}; img-src 'none'; base-uri 'none'; form-action 'none'";
        var head = new ReviewHtml();
        head.Open("meta", ("charset", "utf-8"));
        head.Open("meta", ("http-equiv", "Content-Security-Policy"), ("content", policy));
        head.Open("meta", ("name", "viewport"), ("content", "width=device-width, initial-scale=1"));
        head.Element("title", $"Upload sheet for {target.Platform}: {course.Title} {course.Version}");
        return $"<!DOCTYPE html>\n<html lang=\"{ReviewHtml.Escape(course.Language)}\">\n<head>\n{head}\n<style>{s_style}</style>\n</head>\n<body>\n{body}<script>{s_script}</script>\n</body>\n</html>\n";
    }

    private static string Hash(string text) => $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)))}'";
}
