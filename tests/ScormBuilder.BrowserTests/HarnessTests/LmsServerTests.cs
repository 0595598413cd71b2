using System.Net;
using ScormBuilder.BrowserTests.Harness;

namespace ScormBuilder.BrowserTests.HarnessTests;

[Trait("Category", "Harness")]
public sealed class LmsServerTests : IDisposable
{
    private readonly DirectoryInfo _package = Directory.CreateTempSubdirectory("scormbuilder-server-test-");

    [Theory]
    [InlineData("index.html", "text/html")]
    [InlineData("js/course.js", "text/javascript")]
    [InlineData("css/course.css", "text/css")]
    [InlineData("data/state.json", "application/json")]
    [InlineData("images/logo.svg", "image/svg+xml")]
    [InlineData("images/photo.png", "image/png")]
    [InlineData("media/captions.vtt", "text/vtt")]
    [InlineData("media/film.mp4", "video/mp4")]
    [InlineData("imscp_rootv1p1p2.xsd", "application/xml")]
    [InlineData("imsmanifest.xml", "application/xml")]
    public async Task Should_serve_package_files_with_their_content_type(string file, string contentType)
    {
        var path = Path.Combine(_package.FullName, file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, "x");
        await using var server = await LmsServer.StartAsync(_package.FullName);
        using var http = new HttpClient { BaseAddress = server.BaseAddress };

        using var response = await http.GetAsync($"sco/{file}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData("lms/frame.html")]
    [InlineData("lms/window.html")]
    [InlineData("lms/strict-lms.js")]
    [InlineData("lms/scorm12-rules.js")]
    [InlineData("lms/vendor/scorm12.js")]
    [InlineData("lms/vendor/axe.min.js")]
    [InlineData("lms/lms-modes.js")]
    [InlineData("lms/hub.html")]
    [InlineData("lms/hub-player.html")]
    [InlineData("lms/frameset.html")]
    [InlineData("lms/empty.html")]
    public async Task Should_serve_the_harness_and_its_scripts(string path)
    {
        await using var server = await LmsServer.StartAsync(_package.FullName);
        using var http = new HttpClient { BaseAddress = server.BaseAddress };

        using var response = await http.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Should_listen_on_loopback_only()
    {
        await using var server = await LmsServer.StartAsync(_package.FullName);

        Assert.Equal("127.0.0.1", server.BaseAddress.Host);
        Assert.NotEqual(0, server.BaseAddress.Port);
    }

    [Fact]
    public async Task Should_keep_what_an_lms_page_posts_to_its_store_in_order()
    {
        await using var server = await LmsServer.StartAsync(_package.FullName);
        using var http = new HttpClient { BaseAddress = server.BaseAddress };

        using var missing = await http.GetAsync("lms/store/launch-1");
        (await http.PostAsync("lms/store/launch-1", new StringContent("{\"chunk\":0}"))).Dispose();
        (await http.PostAsync("lms/store/launch-1", new StringContent("{\"chunk\":1}"))).Dispose();

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("[{\"chunk\":0},{\"chunk\":1}]", await http.GetStringAsync("lms/store/launch-1"));
        Assert.Equal(["{\"chunk\":0}", "{\"chunk\":1}"], server.Stored("launch-1"));
        Assert.Empty(server.Stored("launch-2"));
    }

    public void Dispose() => _package.Delete(recursive: true);
}
