using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.RegularExpressions;
using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Cli;

/// <summary>
/// 'scormbuilder preview' as a process, over plain HTTP: what it prints, what it serves and what it refuses.
/// The browser tests (ScormBuilder.BrowserTests/Preview) drive the page itself.
/// </summary>
public sealed partial class PreviewCommandTests
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Should_print_its_address_and_serve_the_page_the_course_and_the_build_status()
    {
        using var course = TempCourse.CopyOf(RepoPaths.MinimalCourse);
        using var preview = CliProcess.Start(course.Root, "preview", "course", "--port", "0", "--templates", RepoPaths.Templates);
        var address = new Uri(AddressLine().Match(preview.WaitForStdoutLines(AddressLine(), 1, s_timeout)[0]).Groups[1].Value);
        using var http = new HttpClient { BaseAddress = address };

        var page = await http.GetAsync("/");
        var course_ = await http.GetAsync("/course/index.html");
        var status = JsonDocument.Parse(await http.GetStringAsync("/status")).RootElement;

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("ScormBuilder preview", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("text/html; charset=utf-8", course_.Content.Headers.ContentType?.ToString());
        Assert.True(status.GetProperty("succeeded").GetBoolean());
        Assert.Equal("minimal-course", status.GetProperty("course").GetProperty("id").GetString());
        Assert.Equal(75, status.GetProperty("course").GetProperty("masteryScore").GetInt32());
        Assert.Matches(@"^Previewing build 1: 8 pages, \d+ files, [\d,]+ bytes, \d+ ms, 0 warnings\.$", preview.Stdout.Split('\n')[0]);
    }

    [Fact]
    public async Task Should_answer_only_to_this_machines_own_names()
    {
        using var course = TempCourse.CopyOf(RepoPaths.MinimalCourse);
        using var preview = CliProcess.Start(course.Root, "preview", "course", "--port", "0", "--templates", RepoPaths.Templates);
        var address = new Uri(AddressLine().Match(preview.WaitForStdoutLines(AddressLine(), 1, s_timeout)[0]).Groups[1].Value);
        using var http = new HttpClient { BaseAddress = address };

        using var request = new HttpRequestMessage(HttpMethod.Get, "/course/index.html") { Headers = { Host = "attacker.example" } };
        var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public void Should_say_how_to_carry_on_when_the_port_is_taken()
    {
        using var course = TempCourse.CopyOf(RepoPaths.MinimalCourse);
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var run = CliRunner.AsProcess(course.Root, "preview", "course", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--templates", RepoPaths.Templates);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"Cannot listen on 127.0.0.1:{port}", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("--port 0", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_say_so_when_the_course_folder_does_not_exist()
    {
        var run = CliRunner.AsProcess(RepoPaths.Root, "preview", "no-such-course", "--port", "0");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("scormbuilder new no-such-course", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("70000")]
    [InlineData("web")]
    public void Should_refuse_a_port_that_is_not_one(string port) =>
        Assert.Equal(2, CliRunner.AsProcess(RepoPaths.Root, "preview", "course", "--port", port).ExitCode);

    [GeneratedRegex(@"^Preview: (http://127\.0\.0\.1:\d+/)$")]
    private static partial Regex AddressLine();
}
