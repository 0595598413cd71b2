using System.IO.Compression;
using System.Net.Sockets;
using System.Text;
using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Releases;

/// <summary>
/// A previous package is untrusted input: each bad one is one diagnostic at the zip's path, exit code 1, no stack
/// trace and no report; a missing one is a usage error.
/// </summary>
public sealed class ChangesBadInputTests(ChangesBadInputTests.BuiltRelease release) : IClassFixture<ChangesBadInputTests.BuiltRelease>
{
    [Fact]
    public void Should_call_a_missing_package_a_usage_error()
    {
        var run = Changes(Path.Combine(release.Course.Root, "nowhere.zip"));

        Assert.Equal((2, ""), (run.ExitCode, run.Stdout));
        Assert.Contains("There is no file", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_call_a_missing_since_a_usage_error()
    {
        var run = CliRunner.InProcess("changes", release.Course.CourseDirectory);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--since", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_refuse_a_file_that_is_not_a_zip() =>
        AssertRefused(Write("notes.zip", Encoding.UTF8.GetBytes("These are my notes, not a package.\n")), "SB4020", "not-a-zip");

    [Fact]
    public void Should_refuse_a_truncated_zip()
    {
        var whole = File.ReadAllBytes(release.PreviousPath);
        AssertRefused(Write("cut.zip", whole[..(whole.Length / 2)]), "SB4021", "truncated");
    }

    [Fact]
    public void Should_refuse_a_zip_without_a_page() =>
        AssertRefused(Zip("other.zip", ("imsmanifest.xml", "<manifest/>"u8.ToArray())), "SB4022", "no-page");

    [Fact]
    public void Should_refuse_a_page_without_course_data() =>
        AssertRefused(Zip("html.zip", ("imsmanifest.xml", "<manifest/>"u8.ToArray()), ("index.html", "<!DOCTYPE html><p>Hello</p>"u8.ToArray())), "SB4022");

    [Fact]
    public void Should_refuse_the_package_of_another_course()
    {
        using var other = TempCourse.CopyOf(RepoPaths.MinimalCourse);
        Assert.Equal(0, CliRunner.InProcess("build", other.CourseDirectory, "-o", other.OutputDirectory, "--templates", RepoPaths.Templates).ExitCode);

        var zip = Path.Combine(release.Course.Root, "minimal.zip");
        File.Copy(Directory.GetFiles(other.OutputDirectory, "*.zip").Single(), zip);

        var run = AssertRefused(zip, "SB4023", "another-course");
        Assert.Contains("'drawn-course'", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_refuse_a_page_that_inflates_like_a_zip_bomb() =>
        AssertRefused(Zip("bomb.zip", ("imsmanifest.xml", "<manifest/>"u8.ToArray()), ("index.html", new byte[80 * 1024 * 1024])), "SB4024", "zip-bomb");

    [Fact]
    public void Should_refuse_a_page_that_expands_far_beyond_its_compressed_size_though_under_the_size_limit() =>
        AssertRefused(Zip("ratio.zip", ("imsmanifest.xml", "<manifest/>"u8.ToArray()), ("index.html", new byte[10 * 1024 * 1024])), "SB4024");

    [Fact]
    public void Should_refuse_a_page_that_inflates_past_the_size_its_header_declares()
    {
        var path = Zip("forged.zip", ("imsmanifest.xml", "<manifest/>"u8.ToArray()), ("index.html", new byte[2 * 1024 * 1024]));
        var bytes = File.ReadAllBytes(path);
        DeclareLength(bytes, "index.html", 1000);

        var run = AssertRefused(Write("forged.zip", bytes), "SB4024");
        Assert.Contains("(a zip bomb?)", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_refuse_a_zip_whose_directory_holds_more_files_than_its_end_record_says()
    {
        var path = Zip("hidden.zip", [("imsmanifest.xml", "<manifest/>"u8.ToArray()), ("index.html", "<p>Hello</p>"u8.ToArray()),
            .. Enumerable.Range(0, 8).Select(i => ($"f{i}", Array.Empty<byte>()))]);
        var bytes = File.ReadAllBytes(path);
        // The end record's entry counts, 8 and 10 bytes into it: two, where the directory holds ten.
        System.Buffers.Binary.BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(bytes.Length - 22 + 8), 2);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(bytes.Length - 22 + 10), 2);

        AssertRefused(Write("hidden.zip", bytes), "SB4021");
    }

    [Fact]
    public void Should_refuse_a_zip_of_too_many_files()
    {
        // Inspect's entry cap, shared: one more than it allows.
        var entries = Enumerable.Range(0, ScormBuilder.Inspection.InspectionLimits.MaxEntries + 1).Select(i => ($"f{i}", Array.Empty<byte>())).ToArray();
        var run = AssertRefused(Zip("many.zip", entries), "SB4024");
        Assert.Contains($"({ScormBuilder.Inspection.InspectionLimits.MaxEntries:N0} at most)", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_refuse_a_zip_whose_directory_claims_more_than_any_course_before_reading_it()
    {
        var path = Zip("claims.zip", ("imsmanifest.xml", "<manifest/>"u8.ToArray()), ("index.html", "<p>Hello</p>"u8.ToArray()));
        var bytes = File.ReadAllBytes(path);
        // The end record's directory size, 12 bytes into it: 2 GB of directory, as a forged zip claims.
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(bytes.Length - 22 + 12), 0x7FFF_FFFF);

        AssertRefused(Write("claims.zip", bytes), "SB4024");
    }

    [Fact]
    public void Should_report_a_package_that_cannot_be_read()
    {
        // A Unix socket exists but cannot be opened as a file, even by root.
        var path = Path.Combine(release.Course.Root, "socket.zip");
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(path));

        AssertRefused(path, "SB4025");
    }

    [Fact]
    public void Should_report_as_a_process_with_no_stack_trace()
    {
        var path = Write("process.zip", "PK not really"u8.ToArray());

        var run = CliRunner.AsProcess(release.Course.Root, "changes", "course", "--since", path, "--templates", RepoPaths.Templates);

        Assert.Equal((1, ""), (run.ExitCode, run.Stdout));
        Assert.StartsWith($"{path.Replace('\\', '/')}: error SB4021: ", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_say_so_when_the_report_cannot_be_written()
    {
        var run = CliRunner.InProcess("changes", release.Course.CourseDirectory, "--since", release.PreviousPath, "-o",
            Path.Combine(release.Course.Root, "no-such-folder", "CHANGES.md"), "--templates", RepoPaths.Templates);

        Assert.Equal((1, ""), (run.ExitCode, run.Stdout));
        Assert.Contains("Cannot write", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_report_the_course_errors_and_no_report_when_the_course_does_not_build()
    {
        using var broken = TempCourse.CopyOf(RepoPaths.DrawnCourse);
        broken.Replace("course.yaml", "title: \"A course that draws\"", "tilte: \"A course that draws\"");

        var run = CliRunner.InProcess("changes", broken.CourseDirectory, "--since", release.PreviousPath, "--templates", RepoPaths.Templates);

        Assert.Equal((1, ""), (run.ExitCode, run.Stdout));
        Assert.Contains("course.yaml(", run.Stderr, StringComparison.Ordinal);
        Assert.EndsWith("No report was written.", run.Stderr.TrimEnd(), StringComparison.Ordinal);
    }

    // The text of a diagnostic is part of the interface: with a name, it is pinned beside the build's golden
    // diagnostics (GoldenDiagnosticsTests counts every code pinned there).
    private CliRun AssertRefused(string zip, string code, string? golden = null)
    {
        var run = Changes(zip);
        if (golden is not null)
        {
            GoldenFile.Match($"diagnostics/changes-{code.ToLowerInvariant()}-{golden}.out.txt",
                run.Stderr.Replace(release.Course.Root + Path.DirectorySeparatorChar, "", StringComparison.Ordinal).ReplaceLineEndings("\n"));
        }

        Assert.Equal((1, ""), (run.ExitCode, run.Stdout));
        Assert.StartsWith($"{zip.Replace('\\', '/')}: error {code}: ", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("No report was written.", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        return run;
    }

    private CliRun Changes(string since) =>
        CliRunner.InProcess("changes", release.Course.CourseDirectory, "--since", since, "--templates", RepoPaths.Templates);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(release.Course.Root, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private string Zip(string name, params (string Path, byte[] Bytes)[] entries)
    {
        var path = Path.Combine(release.Course.Root, name);
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            foreach (var (entryPath, bytes) in entries)
            {
                using var stream = zip.CreateEntry(entryPath).Open();
                stream.Write(bytes);
            }
        }

        return path;
    }

    // Rewrites the uncompressed size in the entry's local header and its directory record, as a forged zip lies.
    private static void DeclareLength(byte[] zip, string name, uint length)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        for (var at = 0; at + 46 + nameBytes.Length < zip.Length; at++)
        {
            var signature = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(at));
            if (signature == 0x04034b50 && zip.AsSpan(at + 30).StartsWith(nameBytes))
            {
                System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(at + 22), length);
            }
            else if (signature == 0x02014b50 && zip.AsSpan(at + 46).StartsWith(nameBytes))
            {
                System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(at + 24), length);
            }
        }
    }

    /// <summary>The drawn fixture with one good package built from it.</summary>
    public sealed class BuiltRelease : IDisposable
    {
        public BuiltRelease()
        {
            Course = TempCourse.CopyOf(RepoPaths.DrawnCourse);
            Assert.Equal(0, CliRunner.InProcess("build", Course.CourseDirectory, "-o", Course.OutputDirectory, "--templates", RepoPaths.Templates).ExitCode);
        }

        internal TempCourse Course { get; }

        public string PreviousPath => Path.Combine(Course.OutputDirectory, "drawn-course-0.1.0-scorm12.zip");

        public void Dispose() => Course.Dispose();
    }
}
