using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ScormBuilder.Cli.Preview;

/// <summary>
/// The preview's web server, on 127.0.0.1 only: the preview page at /, its scripts under /preview/, the course
/// as built in memory under /course/, and each new build pushed to the page over /events (Server-Sent Events).
/// Nothing is cached, so every reload shows the latest build.
/// </summary>
internal sealed class PreviewServer : IAsyncDisposable
{
    private const string CoursePath = "/course/";

    private static readonly string[] s_getOrHead = [HttpMethods.Get, HttpMethods.Head];
    private static readonly FileExtensionContentTypeProvider s_contentTypes = CreateContentTypes();

    private readonly WebApplication _app;

    private PreviewServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>The preview page's address, e.g. http://127.0.0.1:5123/.</summary>
    public Uri Address { get; }

    /// <summary>Starts serving, or returns null after telling the user the port is taken and what to do instead.</summary>
    public static async Task<PreviewServer?> StartOrReportAsync(PreviewBuilds builds, int port, Reporter reporter)
    {
        try
        {
            return await StartAsync(builds, port);
        }
        catch (IOException e)
        {
            reporter.Problem($"Cannot listen on 127.0.0.1:{port} ({e.Message.TrimEnd('.')}). " +
                "Another preview may be running: stop it, or pass --port with another number (--port 0 picks a free one).");
            return null;
        }
    }

    /// <summary>Starts serving; throws <see cref="IOException"/> when the port is taken.</summary>
    private static async Task<PreviewServer> StartAsync(PreviewBuilds builds, int port)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            // Not the author's folder: an appsettings.json there must not reconfigure the preview.
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        var app = builder.Build();

        app.Use(async (context, next) =>
        {
            // Only this machine's own names: another site cannot reach the preview through DNS rebinding.
            if (!IsLoopbackHost(context.Request.Host.Host))
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            }

            context.Response.Headers.CacheControl = "no-store";
            context.Response.Headers.XContentTypeOptions = "nosniff";
            await next(context);
        });

        var assets = PreviewAssets.Load();
        app.MapMethods("/", s_getOrHead, () => assets.Result("index.html"));
        app.MapMethods("/preview/{**path}", s_getOrHead, (string path) => assets.Result(path));
        app.MapMethods("/course", s_getOrHead, () => CourseFile(builds, ""));
        app.MapMethods("/course/{**path}", s_getOrHead, (string? path) => CourseFile(builds, path ?? ""));
        app.MapGet("/status", () => builds.Status() is { } status ? Results.Json(status, PreviewJson.Default.PreviewStatus) : Results.NoContent());
        app.MapGet("/events", (HttpContext context) => StreamBuildsAsync(context, builds, app.Lifetime.ApplicationStopping));

        await app.StartAsync();
        // With port 0 only the started server knows the port it got.
        var bound = new Uri(app.Urls.Single());
        return new PreviewServer(app, new Uri($"http://127.0.0.1:{bound.Port}/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static IResult CourseFile(PreviewBuilds builds, string path)
    {
        if (builds.Served is not { } served)
        {
            return Results.Text("The course has not built yet: see the errors on the preview page or in the terminal.", "text/plain; charset=utf-8", statusCode: 404);
        }

        if (path.Length == 0)
        {
            return Results.Redirect(CoursePath + string.Join('/', served.Course.Launch.Split('/').Select(Uri.EscapeDataString)) + served.Course.LaunchQuery);
        }

        if (served.Find(path) is not { } file)
        {
            return Results.Text($"'{path}' is not in the package.", "text/plain; charset=utf-8", statusCode: 404);
        }

        // Range requests let the learner seek in a video, as an LMS's web server does.
        return Results.Bytes(file, ContentType(path), enableRangeProcessing: true);
    }

    private static async Task StreamBuildsAsync(HttpContext context, PreviewBuilds builds, CancellationToken stopping)
    {
        context.Response.ContentType = "text/event-stream";
        using var ended = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        var sent = 0;
        try
        {
            // Ask the browser to reconnect quickly when the server restarts.
            await context.Response.WriteAsync("retry: 1000\n\n", ended.Token);
            await context.Response.Body.FlushAsync(ended.Token);
            while (true)
            {
                await builds.WaitForBuildAfterAsync(sent, ended.Token);
                var status = builds.Status()!;
                sent = status.Build;
                await context.Response.WriteAsync($"event: build\ndata: {JsonSerializer.Serialize(status, PreviewJson.Default.PreviewStatus)}\n\n", Encoding.UTF8, ended.Token);
                await context.Response.Body.FlushAsync(ended.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The page went away or the server is stopping: the stream simply ends.
        }
    }

    private static bool IsLoopbackHost(string host) =>
        host is "127.0.0.1" or "localhost" or "[::1]";

    private static string ContentType(string path)
    {
        var type = s_contentTypes.TryGetContentType(path, out var known) ? known : "application/octet-stream";
        return type.StartsWith("text/", StringComparison.Ordinal) || type is "application/javascript" or "application/json" or "application/xml"
            ? type + "; charset=utf-8"
            : type;
    }

    private static FileExtensionContentTypeProvider CreateContentTypes()
    {
        var provider = new FileExtensionContentTypeProvider();
        provider.Mappings[".js"] = "text/javascript";
        provider.Mappings[".vtt"] = "text/vtt";
        provider.Mappings[".xsd"] = "application/xml";
        provider.Mappings[".xml"] = "application/xml";
        provider.Mappings[".md"] = "text/plain";
        return provider;
    }

    /// <summary>The preview page and its scripts, embedded in the tool so that it needs nothing else at run time.</summary>
    private sealed class PreviewAssets(Dictionary<string, byte[]> files)
    {
        private const string Prefix = "preview/";

        public static PreviewAssets Load()
        {
            var assembly = typeof(PreviewAssets).Assembly;
            var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                files[name[Prefix.Length..].Replace('\\', '/')] = copy.ToArray();
            }

            return new PreviewAssets(files);
        }

        public IResult Result(string path) =>
            files.TryGetValue(path, out var bytes)
                ? Results.Bytes(bytes, path.EndsWith("LICENSE", StringComparison.Ordinal) ? "text/plain; charset=utf-8" : ContentType(path))
                : Results.NotFound();
    }
}
