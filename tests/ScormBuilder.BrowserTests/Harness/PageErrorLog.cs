using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace ScormBuilder.BrowserTests.Harness;

/// <summary>
/// Collects uncaught script errors, and every Content-Security-Policy violation (the <c>securitypolicyviolation</c>
/// event, in every frame), from every page of a browser context, popups included.
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

    public IReadOnlyList<string> Errors => _errors.ToArray();

    /// <summary>Each CSP violation any frame reported, with the directive, what it blocked and where.</summary>
    public IReadOnlyList<string> CspViolations => _violations.ToArray();

    public void Watch(IBrowserContext context)
    {
        context.AddInitScriptAsync(ListenForViolations).GetAwaiter().GetResult();
        context.Page += (_, page) =>
        {
            page.PageError += (_, error) => _errors.Enqueue($"{page.Url}: {error}");
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
