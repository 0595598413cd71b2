using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace ScormBuilder.BrowserTests.Harness;

/// <summary>
/// A loopback web server that plays the LMS: the extracted package under <c>/sco/</c>, the harness pages,
/// scorm-again and axe-core under <c>/lms/</c>.
/// </summary>
public sealed class LmsServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LmsServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

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
        app.UseStaticFiles(StaticFilesUnder("/sco", Path.GetFullPath(scoDirectory)));
        app.UseStaticFiles(StaticFilesUnder("/lms", HarnessDirectory));

        await app.StartAsync();
        // Listening on port 0: only the started server knows the port it got.
        return new LmsServer(app, new Uri(app.Urls.Single() + "/"));
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
