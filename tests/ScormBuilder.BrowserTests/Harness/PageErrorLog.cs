using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace ScormBuilder.BrowserTests.Harness;

/// <summary>Collects uncaught script errors from every page of a browser context, popups included.</summary>
public sealed class PageErrorLog
{
    private readonly ConcurrentQueue<string> _errors = new();

    public IReadOnlyList<string> Errors => _errors.ToArray();

    public void Watch(IBrowserContext context) =>
        context.Page += (_, page) => page.PageError += (_, error) => _errors.Enqueue($"{page.Url}: {error}");
}
