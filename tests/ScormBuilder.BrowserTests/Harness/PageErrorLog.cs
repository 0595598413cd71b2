using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace ScormBuilder.BrowserTests.Harness;

/// <summary>
/// Collects uncaught script errors, and every Content-Security-Policy violation (the <c>securitypolicyviolation</c>
/// event, in every frame), and every dialog (alert, confirm, prompt, beforeunload), from every page of a browser
/// context, popups included. Dialogs are dismissed as Playwright would (a dismissed beforeunload keeps the page).
/// </summary>
public sealed class PageErrorLog
{
    private const string ViolationTag = "sb-csp-violation";

    private const string ListenForViolations = """
        document.addEventListener('securitypolicyviolation', e =>
          console.warn('sb-csp-violation ' + e.effectiveDirective + ' blocked ' + e.blockedURI + ' at ' + e.sourceFile + ':' + e.lineNumber + ' ' + e.sample));
        """;

    private readonly ConcurrentQueue<string> _errors = new();
    private readonly ConcurrentQueue<string> _violations = new();
    private readonly ConcurrentQueue<string> _dialogs = new();

    public IReadOnlyList<string> Errors => _errors.ToArray();

    /// <summary>Each CSP violation any frame reported, with the directive, what it blocked and where.</summary>
    public IReadOnlyList<string> CspViolations => _violations.ToArray();

    /// <summary>Each dialog any page showed, as "type: message".</summary>
    public IReadOnlyList<string> Dialogs => _dialogs.ToArray();

    public void Watch(IBrowserContext context)
    {
        context.AddInitScriptAsync(ListenForViolations).GetAwaiter().GetResult();
        context.Page += (_, page) =>
        {
            page.PageError += (_, error) => _errors.Enqueue($"{page.Url}: {error}");
            // With a listener, Playwright no longer dismisses dialogs itself: a dialog left open would hang the page.
            page.Dialog += async (_, dialog) =>
            {
                _dialogs.Enqueue($"{dialog.Type}: {dialog.Message}");
                await dialog.DismissAsync();
            };
            page.Console += (_, message) =>
            {
                if (message.Text.StartsWith(ViolationTag, StringComparison.Ordinal))
                {
                    _violations.Enqueue($"{message.Location}: {message.Text}");
                }
            };
        };
    }
}
