using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ScormBuilder.Diagnostics;
using ScormBuilder.Tests.Inspection;
using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Cli;

/// <summary>
/// 'scormbuilder preview PACKAGE.zip' as a process, over plain HTTP: a package built in the test is played from its
/// zip, paths outside it are refused, and a zip that is not a SCORM package is an error that says what to do.
/// </summary>
public sealed partial class PackagePreviewTests : IClassFixture<InspectCommandTests.OwnPackage>
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(60);
    private readonly InspectCommandTests.OwnPackage _own;

    public PackagePreviewTests(InspectCommandTests.OwnPackage own) => _own = own;

    [Fact]
    public async Task Should_serve_a_built_package_launch_page_and_assets_from_the_zip()
    {
        using var preview = CliProcess.Start(_own.Course.Root, "preview", _own.ZipPath, "--port", "0");
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = Address(preview) };
        using var zip = ZipFile.OpenRead(_own.ZipPath);
        var asset = zip.Entries.First(e => e.FullName.EndsWith(".css", StringComparison.Ordinal) || e.FullName.EndsWith(".js", StringComparison.Ordinal));
        using var assetCopy = new MemoryStream();
        using (var stream = asset.Open())
        {
            stream.CopyTo(assetCopy);
        }

        var page = await http.GetAsync("/");
        var start = await http.GetAsync("/course/");
        var launch = await http.GetAsync("/course/index.html");
        var served = await http.GetByteArrayAsync("/course/" + asset.FullName);
        var status = JsonDocument.Parse(await http.GetStringAsync("/status")).RootElement;

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("/course/index.html", start.Headers.Location?.OriginalString);
        Assert.Equal("text/html; charset=utf-8", launch.Content.Headers.ContentType?.ToString());
        Assert.Contains("A minimal course", await launch.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(assetCopy.ToArray(), served);
        Assert.Equal(Path.GetFileName(_own.ZipPath), status.GetProperty("package").GetString());
        Assert.Equal("index.html", status.GetProperty("course").GetProperty("launch").GetString());
        Assert.Equal("", status.GetProperty("course").GetProperty("launchQuery").GetString());
        Assert.Equal(75, status.GetProperty("course").GetProperty("masteryScore").GetInt32());
        Assert.Equal("generic", status.GetProperty("target").GetString());
        Assert.Contains("not watched", preview.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_launch_the_href_with_its_query_and_fragment_while_serving_the_file_by_its_path()
    {
        using var folder = TempCourse.Empty();
        var zipPath = Path.Combine(folder.Root, "supplier.zip");
        var manifest = TestZip.Manifest("adlcp:scormtype=\"sco\"", "", "index.html", "media/a.png")
            .Replace("href=\"index.html\">", "href=\"index.html?lang=en&amp;line=a&#10;b#start\">", StringComparison.Ordinal);
        File.WriteAllBytes(zipPath, TestZip.Sound().Without("imsmanifest.xml").Add("imsmanifest.xml", manifest).Bytes());
        using var preview = CliProcess.Start(folder.Root, "preview", zipPath, "--port", "0");
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = Address(preview) };

        var course = JsonDocument.Parse(await http.GetStringAsync("/status")).RootElement.GetProperty("course");
        var start = await http.GetAsync("/course/");
        var launched = await http.GetAsync("/course/index.html?lang=en&line=a%0Ab");

        Assert.Equal("index.html", course.GetProperty("launch").GetString());
        // The line break the manifest escapes cannot travel in a URL as it is: it is percent-encoded.
        Assert.Equal("?lang=en&line=a%0Ab#start", course.GetProperty("launchQuery").GetString());
        Assert.Equal("/course/index.html?lang=en&line=a%0Ab#start", start.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, launched.StatusCode);
        Assert.Contains("launches index.html?lang=en&line=a%0Ab#start,", preview.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Should_tell_the_page_and_the_console_which_platform_the_lms_acts_as()
    {
        using var preview = CliProcess.Start(_own.Course.Root, "preview", _own.ZipPath, "--port", "0", "--target", "learninghub");
        using var http = new HttpClient { BaseAddress = Address(preview) };

        var status = JsonDocument.Parse(await http.GetStringAsync("/status")).RootElement;

        Assert.Equal("learninghub", status.GetProperty("target").GetString());
        preview.WaitUntil(() => preview.Stdout.Contains("acts as 'learninghub'", StringComparison.Ordinal), "the target line", s_timeout);
    }

    [Fact]
    public void Should_refuse_a_target_it_does_not_know()
    {
        var run = CliRunner.AsProcess(_own.Course.Root, "preview", _own.ZipPath, "--port", "0", "--target", "blackboard");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("blackboard", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_refuse_every_path_outside_the_package_even_one_the_zip_holds()
    {
        using var folder = TempCourse.Empty();
        File.WriteAllText(Path.Combine(folder.Root, "secret.txt"), "outside");
        var zipPath = Path.Combine(folder.Root, "supplier.zip");
        File.WriteAllBytes(zipPath, TestZip.Sound().Add("../escape.html", "escaped").Add("a\\b.html", "backslash").Bytes());
        using var preview = CliProcess.Start(folder.Root, "preview", zipPath, "--port", "0");
        var port = Address(preview).Port;

        Assert.Equal(200, RawGet(port, "/course/media/a.png").Status);
        Assert.All(
            [
                "/course/../escape.html", "/course/%2e%2e/escape.html", "/course/%2E%2E%2Fescape.html", "/course/..%2fescape.html",
                "/course/%2e%2e/secret.txt", "/course/../../secret.txt", "/course//etc/passwd", "/course/%2Fetc%2Fpasswd",
                "/course/a%5Cb.html", "/course/a\\b.html", "/course/media/../index.html/../../secret.txt", "/course/C:%5Csecret.txt",
            ],
            path =>
            {
                var (status, body) = RawGet(port, path);
                Assert.True(status is 404 or 400, $"{path} answered {status}");
                Assert.DoesNotContain("escaped", body, StringComparison.Ordinal);
                Assert.DoesNotContain("outside", body, StringComparison.Ordinal);
                Assert.DoesNotContain("backslash", body, StringComparison.Ordinal);
            });
    }

    [Theory]
    [InlineData("not-a-zip")]
    [InlineData("no-manifest")]
    [InlineData("launch-missing")]
    public void Should_exit_1_with_the_finding_and_what_to_do_for_a_zip_it_cannot_play(string kind)
    {
        using var folder = TempCourse.Empty();
        var zipPath = Path.Combine(folder.Root, "supplier.zip");
        var (bytes, code) = kind switch
        {
            "not-a-zip" => (Encoding.UTF8.GetBytes("<html>a web page saved as .zip</html>"), InspectionDiagnostics.NotAZip.Code),
            "no-manifest" => (TestZip.Sound().Without("imsmanifest.xml").Bytes(), InspectionDiagnostics.ManifestMissing.Code),
            _ => (TestZip.Sound().Without("index.html").Bytes(), InspectionDiagnostics.ReferencedFileMissing.Code),
        };
        File.WriteAllBytes(zipPath, bytes);

        var run = CliRunner.AsProcess(folder.Root, "preview", zipPath, "--port", "0");

        Assert.True(run.ExitCode == 1, run.Output);
        Assert.Contains($"supplier.zip", run.Stderr, StringComparison.Ordinal);
        Assert.Contains($"error {code}: ", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("Cannot preview supplier.zip", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("scormbuilder inspect", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Preview: http", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_exit_2_for_a_package_that_does_not_exist()
    {
        var run = CliRunner.AsProcess(_own.Course.Root, "preview", "no-such-package.zip", "--port", "0");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("There is no file 'no-such-package.zip'", run.Stderr, StringComparison.Ordinal);
    }

    private static Uri Address(CliProcess preview) =>
        new(AddressLine().Match(preview.WaitForStdoutLines(AddressLine(), 1, s_timeout)[0]).Groups[1].Value);

    /// <summary>A request sent byte for byte, so no client normalises '..' or decodes '%2e' before the server sees it.</summary>
    private static (int Status, string Body) RawGet(int port, string path)
    {
        using var client = new TcpClient();
        client.Connect(IPAddress.Loopback, port);
        using var stream = client.GetStream();
        stream.Write(Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = reader.ReadToEnd();
        var status = int.Parse(response.Split(' ', 3)[1], System.Globalization.CultureInfo.InvariantCulture);
        return (status, response[(response.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..]);
    }

    [GeneratedRegex(@"^Preview: (http://127\.0\.0\.1:\d+/)$")]
    private static partial Regex AddressLine();
}
