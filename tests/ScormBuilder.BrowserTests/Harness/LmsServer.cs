using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace ScormBuilder.BrowserTests.Harness;

/// <summary>
/// A loopback web server that plays the LMS: the extracted package under <c>/sco/</c>, the harness pages,
/// scorm-again and axe-core under <c>/lms/</c>, and the LMS's store: <c>POST /lms/store/{launch id}</c> appends
/// what an LMS page sent (a chunk of its report), <c>GET</c> answers every chunk so far as a JSON array.
/// </summary>
public sealed class LmsServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> _store;

    private LmsServer(WebApplication app, Uri baseAddress, ConcurrentDictionary<string, ConcurrentQueue<string>> store)
    {
        _app = app;
        BaseAddress = baseAddress;
        _store = store;
    }

    /// <summary>Every chunk the LMS page of this launch sent, as it arrived.</summary>
    public IReadOnlyList<string> Stored(string launchId) =>
        _store.TryGetValue(launchId, out var chunks) ? chunks.ToArray() : [];

    public Uri BaseAddress { get; }

    public static string HarnessDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "Lms");

    public static async Task<LmsServer> StartAsync(string scoDirectory)
    {
        if (!Directory.Exists(scoDirectory))
        {
            throw new DirectoryNotFoundException($"There is no SCO to serve at {scoDirectory}.");
        }

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ContentRootPath = HarnessDirectory,
            EnvironmentName = "Test",
        });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));

        var app = builder.Build();
        // Every launch must see the files as they are now, never a copy cached by an earlier launch.
        app.Use((context, next) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            return next(context);
        });
        var store = new ConcurrentDictionary<string, ConcurrentQueue<string>>(StringComparer.Ordinal);
        app.MapPost("/lms/store/{id}", async (string id, HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            store.GetOrAdd(id, _ => new ConcurrentQueue<string>()).Enqueue(await reader.ReadToEndAsync());
            return Results.NoContent();
        });
        app.MapGet("/lms/store/{id}", (string id) => store.TryGetValue(id, out var chunks)
            ? Results.Text("[" + string.Join(",", chunks) + "]", "application/json")
            : Results.NotFound());
        app.UseStaticFiles(StaticFilesUnder("/sco", Path.GetFullPath(scoDirectory)));
        app.UseStaticFiles(StaticFilesUnder("/lms", HarnessDirectory));

        await app.StartAsync();
        // Listening on port 0: only the started server knows the port it got.
        return new LmsServer(app, new Uri(app.Urls.Single() + "/"), store);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static StaticFileOptions StaticFilesUnder(string requestPath, string directory) => new()
    {
        RequestPath = requestPath,
        FileProvider = new PhysicalFileProvider(directory),
        ContentTypeProvider = ScoContentTypes.Provider,
        ServeUnknownFileTypes = true,
        DefaultContentType = "application/octet-stream",
    };
}
