using ScormBuilder.Model;
using ScormBuilder.ReviewPack;
using ScormBuilder.Targets;

namespace ScormBuilder.UploadSheet;

/// <summary>
/// The sheet's page around its sections: a Content-Security-Policy that allows only its own style and its copy
/// buttons' script, each by hash, so it loads nothing. The buttons stay hidden until that script shows them, so
/// without it the values are still plain text to select.
/// </summary>
internal static class UploadSheetDocument
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

    public static string Document(Target target, Course course, ReviewHtml body) =>
        ReviewHtml.Page(course.Language, $"Upload sheet for {target.Platform}: {course.Title} {course.Version}", s_style, body, s_script);
}
