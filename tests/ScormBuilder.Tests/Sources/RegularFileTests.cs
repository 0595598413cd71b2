using ScormBuilder.Diagnostics;
using ScormBuilder.Sources;

namespace ScormBuilder.Tests.Sources;

/// <summary>The sandbox opens regular files only, and never blocks on a FIFO.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class RegularFileTests
{
    [Fact]
    public void Should_open_a_regular_file_at_its_start()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "abc");
            using var file = RegularFile.Open(path);
            Assert.Equal("abc", new StreamReader(file.OpenStream()).ReadToEnd());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Should_refuse_a_fifo_without_waiting_for_a_writer()
    {
        var directory = Directory.CreateTempSubdirectory("sb-fifo-").FullName;
        try
        {
            var fifo = Path.Combine(directory, "pipe");
            using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo]))
            {
                mkfifo.WaitForExit();
            }

            var open = Task.Run(() => Assert.Throws<NotRegularFileException>(() => RegularFile.Open(fifo)));
            await open.WaitAsync(TimeSpan.FromSeconds(10));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Theory]
    [InlineData("/dev/zero")]
    [InlineData("/dev/urandom")]
    [InlineData("/tmp")]
    public void Should_refuse_devices_and_folders(string path) =>
        Assert.Throws<NotRegularFileException>(() => RegularFile.Open(path).Dispose());

    [Fact]
    public void Should_list_nothing_and_report_nothing_for_a_missing_folder_or_a_file_in_its_place()
    {
        var folder = new CourseFolder(Directory.CreateTempSubdirectory("sb-folder-").FullName);
        try
        {
            File.WriteAllText(Path.Combine(folder.FullPath, "sessions"), "a file where a folder should be");
            var diagnostics = new DiagnosticBag();
            Assert.Empty(folder.FilesIn("sessions/x", "*.md", diagnostics));
            Directory.CreateDirectory(Path.Combine(folder.FullPath, "pages"));
            Assert.Empty(folder.FilesIn("pages", "*.md", diagnostics));
            Assert.Empty(diagnostics.ToSortedList());
        }
        finally
        {
            Directory.Delete(folder.FullPath, recursive: true);
        }
    }
}
