using System.Buffers.Binary;
using ScormBuilder.Packaging;
using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Packaging;

/// <summary>The zip's platform fields are fixed; outputs go through exclusive temporary files that nothing can redirect.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class PackageWriterTests
{
    [Fact]
    public void Should_write_unix_as_the_maker_and_one_fixed_mode_on_every_central_directory_entry()
    {
        // Given
        using var course = TempCourse.CopyOf(RepoPaths.MinimalCourse);

        // When
        Assert.Equal(0, CliRunner.InProcess("build", course.CourseDirectory, "-o", course.OutputDirectory, "--templates", RepoPaths.Templates).ExitCode);

        // Then
        var bytes = File.ReadAllBytes(Assert.Single(course.OutputFiles()));
        using var zip = new MemoryStream(bytes);
        var (offset, count) = ZipPlatformFields.FindCentralDirectory(zip);
        Assert.True(count > 5, $"Only {count} entries.");
        var at = (int)offset;
        for (var i = 0; i < count; i++)
        {
            var header = bytes.AsSpan(at);
            Assert.Equal(0x02014b50u, BinaryPrimitives.ReadUInt32LittleEndian(header));
            Assert.Equal(3, header[5]);
            Assert.Equal(0x81A40000u, BinaryPrimitives.ReadUInt32LittleEndian(header[38..]));
            at += 46 + BinaryPrimitives.ReadUInt16LittleEndian(header[28..]) + BinaryPrimitives.ReadUInt16LittleEndian(header[30..]) + BinaryPrimitives.ReadUInt16LittleEndian(header[32..]);
        }
    }

    [Fact]
    public void Should_fix_the_fields_a_windows_build_would_write_differently()
    {
        // Given: a zip whose central directory says "made by MS-DOS" with a DOS archive attribute
        using var zip = new MemoryStream();
        using (var archive = new System.IO.Compression.ZipArchive(zip, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            var entry = archive.CreateEntry("a.txt");
            entry.ExternalAttributes = 0x20;
            using var stream = entry.Open();
            stream.WriteByte(1);
        }

        var bytes = zip.ToArray();
        var (offset, _) = ZipPlatformFields.FindCentralDirectory(new MemoryStream(bytes));
        bytes[offset + 5] = 0;
        using var windowsMade = new MemoryStream();
        windowsMade.Write(bytes);

        // When
        ZipPlatformFields.Fix(windowsMade);

        // Then
        var fixedBytes = windowsMade.ToArray();
        Assert.Equal(3, fixedBytes[offset + 5]);
        Assert.Equal(0x81A40000u, BinaryPrimitives.ReadUInt32LittleEndian(fixedBytes.AsSpan((int)offset + 38)));
    }

    [Fact]
    public void Should_not_follow_a_planted_tracking_lock_tmp_link_when_updating_the_lock()
    {
        // Given
        using var course = TempCourse.CopyOf(RepoPaths.MinimalCourse);
        var outside = Path.Combine(course.Root, "outside.txt");
        File.WriteAllText(outside, "precious");
        File.CreateSymbolicLink(course.PathOf("tracking.lock.tmp"), outside);
        course.Replace("quiz.yaml", "id: q-multi", "id: q-multiple");

        // When
        var run = CliRunner.InProcess("build", course.CourseDirectory, "-o", course.OutputDirectory, "--templates", RepoPaths.Templates, "--update-lock");

        // Then
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("precious", File.ReadAllText(outside));
        Assert.Equal(outside, new FileInfo(course.PathOf("tracking.lock.tmp")).LinkTarget);
        Assert.Contains("question q-multiple\n", course.Read("tracking.lock"), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(course.CourseDirectory, PendingFile.Prefix + "*"));
        Assert.Empty(Directory.GetFiles(course.OutputDirectory, PendingFile.Prefix + "*"));
    }

    [Fact]
    public void Should_leave_the_lock_alone_when_the_build_fails_after_loading()
    {
        // Given
        using var course = TempCourse.CopyOf(RepoPaths.MinimalCourse);
        var lockBefore = course.Read("tracking.lock");
        course.Replace("quiz.yaml", "id: q-multi", "id: q-multiple");
        course.Replace("sessions/01-intro.md", "![A small square diagram]", "![]");

        // When
        var run = CliRunner.InProcess("build", course.CourseDirectory, "-o", course.OutputDirectory, "--templates", RepoPaths.Templates, "--update-lock");

        // Then
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(lockBefore, course.Read("tracking.lock"));
        Assert.Empty(course.OutputFiles());
    }

    [Fact]
    public void Should_clean_up_what_a_killed_build_left_in_the_output_folder()
    {
        // Given: a temporary zip whose process is gone
        using var course = TempCourse.CopyOf(RepoPaths.MinimalCourse);
        Directory.CreateDirectory(course.OutputDirectory);
        var leftover = Touch(course.OutputDirectory, $"{PendingFile.Prefix}{int.MaxValue - 1}-0123abcd{PendingFile.Suffix}", TimeSpan.FromMinutes(1));

        // When
        var run = CliRunner.InProcess("build", course.CourseDirectory, "-o", course.OutputDirectory, "--templates", RepoPaths.Templates);

        // Then
        Assert.Equal(0, run.ExitCode);
        Assert.False(File.Exists(leftover));
        Assert.EndsWith("-scorm12.zip", Assert.Single(course.OutputFiles()), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_remove_only_our_stale_temporary_files()
    {
        // Given
        var directory = Directory.CreateTempSubdirectory("sb-pending-").FullName;
        try
        {
            var old = Touch(directory, $"{PendingFile.Prefix}{Environment.ProcessId}-aaaa{PendingFile.Suffix}", TimeSpan.FromHours(2));
            var deadOwner = Touch(directory, $"{PendingFile.Prefix}{int.MaxValue - 1}-bbbb{PendingFile.Suffix}", TimeSpan.Zero);
            var ours = Touch(directory, $"{PendingFile.Prefix}{Environment.ProcessId}-cccc{PendingFile.Suffix}", TimeSpan.Zero);
            var someoneElses = Touch(directory, ".other-tool.tmp", TimeSpan.FromDays(2));

            // When
            PendingFile.RemoveStale(directory, DateTime.UtcNow);

            // Then
            Assert.False(File.Exists(old));
            Assert.False(File.Exists(deadOwner));
            Assert.True(File.Exists(ours));
            Assert.True(File.Exists(someoneElses));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Should_create_temporary_files_exclusively_and_delete_them_when_not_committed()
    {
        var directory = Directory.CreateTempSubdirectory("sb-pending-").FullName;
        try
        {
            var target = Path.Combine(directory, "out.zip");
            string temporary;
            using (var first = PendingFile.Create(target))
            using (var second = PendingFile.Create(target))
            {
                Assert.NotEqual(first.Temporary, second.Temporary);
                temporary = first.Temporary;
                first.Stream.WriteByte(7);
            }

            Assert.False(File.Exists(temporary));
            Assert.False(File.Exists(target));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static string Touch(string directory, string name, TimeSpan age)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, "x");
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow - age);
        return path;
    }
}
