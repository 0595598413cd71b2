using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Hostile;

/// <summary>
/// Class 4 of the corpus as races: a course file swapped for a link to an outside secret (or for a FIFO) while the
/// build or the preview runs. The build packs the handle it checked; the preview serves the bytes of its last good
/// build from memory. Nothing outside the course ever gets out, and nothing hangs.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed partial class SandboxRaceTests
{
    private const int Builds = 40;

    // An outside file that passes the PNG check, so only the sandbox can keep it out.
    private static readonly byte[] s_secretPng = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. Encoding.ASCII.GetBytes(HostileCorpus.OutsideSecret)];

    [Fact]
    public async Task Should_never_pack_an_outside_file_swapped_in_for_a_media_file_while_building()
    {
        // Given
        using var course = TempCourse.CopyOf(RepoPaths.MinimalCourse);
        var secret = Path.Combine(HostileCorpus.Outside(course), "secret.png");
        File.WriteAllBytes(secret, s_secretPng);
        var media = course.PathOf("media/diagram.png");
        var original = File.ReadAllBytes(media);
        using var stop = new CancellationTokenSource();
        var swaps = 0;
        using var swapping = new ManualResetEventSlim();
        var swapper = new Thread(() =>
        {
            // rename(2) replaces the name at once: the build sees the file or the link, never a gap.
            while (!stop.IsCancellationRequested)
            {
                File.WriteAllBytes(media + ".real", original);
                File.Move(media + ".real", media, overwrite: true);
                Thread.Sleep(2);
                File.CreateSymbolicLink(media + ".link", secret);
                File.Move(media + ".link", media, overwrite: true);
                Thread.Sleep(2);
                Interlocked.Increment(ref swaps);
                swapping.Set();
            }
        });
        swapper.Start();
        swapping.Wait(TimeSpan.FromSeconds(10));

        // When
        var built = 0;
        var leaked = new List<string>();
        for (var i = 0; i < Builds; i++)
        {
            var output = Path.Combine(course.Root, $"dist{i}");
            var run = CliRunner.InProcess("build", course.CourseDirectory, "-o", output, "--templates", RepoPaths.Templates);
            Assert.DoesNotContain(HostileCorpus.OutsideSecret, run.Output, StringComparison.Ordinal);
            if (run.ExitCode == 0)
            {
                built++;
                var package = ScormPackage.Open(Assert.Single(Directory.GetFiles(output)));
                if (!package.Entries["media/diagram.png"].SequenceEqual(original) ||
                    package.Entries.Values.Any(bytes => Encoding.ASCII.GetString(bytes).Contains("OUTSIDE-SECRET", StringComparison.Ordinal)))
                {
                    leaked.Add($"build {i}");
                }
            }
            else
            {
                Assert.True(run.ExitCode == 1, run.Output);
                Assert.False(Directory.Exists(output) && Directory.GetFiles(output).Length > 0, $"Build {i} failed but left a file.");
            }
        }

        await stop.CancelAsync();
        swapper.Join();

        // Then
        Assert.Empty(leaked);
        // Some builds failing is what shows the swaps landed while builds ran; a fast machine needs few swaps for that.
        Assert.True(built > 0 && built < Builds, $"{built} of {Builds} builds succeeded over {swaps} swaps: the swaps should make some, not all, fail.");
    }

    [Fact]
    public async Task Should_serve_the_built_bytes_after_the_media_file_is_swapped_for_a_link_or_a_fifo()
    {
        // Given a good build being previewed
        using var course = TempCourse.CopyOf(RepoPaths.MinimalCourse);
        var secret = Path.Combine(HostileCorpus.Outside(course), "secret.png");
        File.WriteAllBytes(secret, s_secretPng);
        var media = course.PathOf("media/diagram.png");
        var original = File.ReadAllBytes(media);
        using var preview = CliProcess.Start(course.Root, "preview", "course", "--port", "0", "--templates", RepoPaths.Templates);
        var address = new Uri(AddressLine().Match(preview.WaitForStdoutLines(AddressLine(), 1, TimeSpan.FromSeconds(60))[0]).Groups[1].Value);
        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(15) };
        var before = await http.GetByteArrayAsync("/course/media/diagram.png");

        // When the file becomes a link out, then a FIFO
        File.Delete(media);
        File.CreateSymbolicLink(media, secret);
        var afterLink = await http.GetAsync("/course/media/diagram.png");
        File.Delete(media);
        HostileCorpus.MakeFifo(media);
        var afterFifo = await http.GetAsync("/course/media/diagram.png");

        // Then
        Assert.Equal(original, before);
        Assert.Equal(HttpStatusCode.OK, afterLink.StatusCode);
        Assert.Equal(original, await afterLink.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, afterFifo.StatusCode);
        Assert.Equal(original, await afterFifo.Content.ReadAsByteArrayAsync());
    }

    [GeneratedRegex(@"^Preview: (http://127\.0\.0\.1:\d+/)$")]
    private static partial Regex AddressLine();
}
