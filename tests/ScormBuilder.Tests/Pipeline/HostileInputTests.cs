using System.Diagnostics;
using ScormBuilder.Packaging;
using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Pipeline;

/// <summary>Inputs that must not hurt: unreadable files, huge media, and changes that would lose learners' progress.</summary>
// Alone, because one test measures the bytes the whole process allocates.
[Collection(nameof(RunsAlone))]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class HostileInputTests
{
    [Fact]
    public void Should_report_a_file_it_has_no_permission_to_read()
    {
        using var course = TempCourse.CopyOf(RepoPaths.MinimalCourse);
        File.SetUnixFileMode(course.PathOf("case-studies/alex.md"), UnixFileMode.None);
        // Root reads any file, so the check runs the CLI as an ordinary user when the tests run as root.
        MakeReadableByOthers(course.Root);

        var run = RunAsUnprivilegedUser(course.Root, "check", course.CourseDirectory, "--templates", CopyOfTemplates(course.Root));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{course.CourseDirectory}/case-studies/alex.md: error SB1002: Cannot read the file", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_report_an_unreadable_media_file_at_its_reference_not_as_an_unwritable_package()
    {
        using var course = TempCourse.CopyOf(RepoPaths.MinimalCourse);
        File.SetUnixFileMode(course.PathOf("media/diagram.png"), UnixFileMode.None);
        MakeReadableByOthers(course.Root);
        var output = Path.Combine(course.Root, "dist");
        Directory.CreateDirectory(output);
        File.SetUnixFileMode(output, (UnixFileMode)0b111_111_111);

        var run = RunAsUnprivilegedUser(course.Root, "build", course.CourseDirectory, "-o", output, "--templates", CopyOfTemplates(course.Root));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{course.CourseDirectory}/sessions/01-intro.md(12,1): error SB1002: Cannot read the media file 'media/diagram.png'", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Cannot write the package", run.Output, StringComparison.Ordinal);
        Assert.Empty(course.OutputFiles());
    }

    [Fact]
    public void Should_report_a_folder_it_may_not_list_instead_of_an_internal_error()
    {
        using var course = TempCourse.CopyOf(RepoPaths.MinimalCourse);
        MakeReadableByOthers(course.Root);
        // Others may pass through case-studies/ (so its listed file still loads) but not list it.
        File.SetUnixFileMode(course.PathOf("case-studies"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.OtherExecute | UnixFileMode.GroupExecute);

        var run = RunAsUnprivilegedUser(course.Root, "check", course.CourseDirectory, "--templates", CopyOfTemplates(course.Root));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{course.CourseDirectory}/case-studies: error SB1002: Cannot read the folder", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_stream_large_media_into_the_zip_without_holding_it_in_memory()
    {
        const int videoBytes = 48 * 1024 * 1024;
        using var course = TempCourse.CopyOf(RepoPaths.MinimalCourse);
        using (var video = File.Create(course.PathOf("media/summary.mp4")))
        {
            // An MP4's first box, so the file is what its extension says; the rest is zeros.
            video.Write([0, 0, 0, 0x18, .. "ftypmp42"u8]);
            video.SetLength(videoBytes);
        }

        var before = GC.GetTotalAllocatedBytes(precise: true);
        var run = CliRunner.InProcess("build", course.CourseDirectory, "-o", course.OutputDirectory, "--templates", RepoPaths.Templates);
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.True(new FileInfo(Assert.Single(course.OutputFiles())).Length > videoBytes, "The video is missing from the zip.");
        Assert.True(allocated < videoBytes / 2, $"The build allocated {allocated:N0} bytes for a {videoBytes:N0}-byte video: it must stream it.");
    }

    [Fact]
    public void Should_give_every_zip_entry_a_clean_relative_name()
    {
        using var course = TempCourse.CopyOf(RepoPaths.MinimalCourse);
        Assert.Equal(0, CliRunner.InProcess("build", course.CourseDirectory, "-o", course.OutputDirectory, "--templates", RepoPaths.Templates).ExitCode);

        var package = ScormPackage.Open(Assert.Single(course.OutputFiles()));

        Assert.All(package.Entries.Keys, name => Assert.True(Model.PackagePaths.IsClean(name), $"Unclean zip entry name '{name}'."));
    }

    [Fact]
    public void Should_warn_but_build_when_a_tracked_id_is_removed_and_record_it_with_update_lock()
    {
        using var course = TempCourse.CopyOf(RepoPaths.MinimalCourse);
        course.Replace("quiz.yaml", "id: q-multi", "id: q-multiple");
        string[] build = ["build", course.CourseDirectory, "-o", course.OutputDirectory, "--templates", RepoPaths.Templates];

        var warned = CliRunner.InProcess(build);
        var updated = CliRunner.InProcess([.. build, "--update-lock"]);
        var clean = CliRunner.InProcess([.. build, "--strict"]);

        Assert.Equal(0, warned.ExitCode);
        Assert.Contains("tracking.lock(17,1): warning SB2015: The question 'q-multi' was in the last release", warned.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, updated.ExitCode);
        Assert.Contains("question q-multiple\n", course.Read("tracking.lock"), StringComparison.Ordinal);
        Assert.True(clean.ExitCode == 0 && clean.Stderr.Length == 0, clean.Output);
    }

    private static string CopyOfTemplates(string root)
    {
        var target = Path.Combine(root, "templates");
        foreach (var file in Directory.GetFiles(RepoPaths.Templates, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(RepoPaths.Templates, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        MakeReadableByOthers(target);
        return target;
    }

    private static void MakeReadableByOthers(string directory)
    {
        const UnixFileMode readable = UnixFileMode.OtherRead | UnixFileMode.GroupRead | UnixFileMode.UserRead | UnixFileMode.UserWrite;
        const UnixFileMode traversable = readable | UnixFileMode.OtherExecute | UnixFileMode.GroupExecute | UnixFileMode.UserExecute;
        File.SetUnixFileMode(directory, traversable);
        foreach (var entry in Directory.EnumerateFileSystemEntries(directory, "*", SearchOption.AllDirectories))
        {
            if (Directory.Exists(entry))
            {
                File.SetUnixFileMode(entry, traversable);
            }
            else if (File.GetUnixFileMode(entry) != UnixFileMode.None)
            {
                File.SetUnixFileMode(entry, readable);
            }
        }
    }

    // The clone may sit under a folder only its owner can enter (root's home, mode 0700), so the ordinary user runs a
    // copy of the CLI from a folder everyone may read.
    private static readonly Lazy<string> s_readableCli = new(() =>
    {
        var folder = Directory.CreateTempSubdirectory("sb-cli-").FullName;
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(RepoPaths.CliAssembly)!)
                     .Where(f => f.EndsWith(".dll", StringComparison.Ordinal) || Path.GetFileName(f).StartsWith("scormbuilder.", StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        MakeReadableByOthers(folder);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(folder, recursive: true);
        return Path.Combine(folder, Path.GetFileName(RepoPaths.CliAssembly));
    });

    private static CliRun RunAsUnprivilegedUser(string workingDirectory, params string[] args)
    {
        if (Environment.UserName != "root")
        {
            return CliRunner.AsProcess(workingDirectory, args);
        }

        var start = new ProcessStartInfo("setpriv")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["HOME"] = workingDirectory;
        start.Environment["DOTNET_CLI_HOME"] = workingDirectory;
        foreach (var arg in new[] { "--reuid=65534", "--regid=65534", "--clear-groups", "dotnet", s_readableCli.Value }.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("setpriv is missing: apt-get install -y util-linux");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return new CliRun(process.ExitCode, stdout.Result, stderr);
    }
}

[CollectionDefinition(nameof(RunsAlone), DisableParallelization = true)]
public sealed class RunsAlone;
