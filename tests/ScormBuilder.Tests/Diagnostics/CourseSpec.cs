using System.Globalization;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Diagnostics;

/// <summary>
/// A broken course written as the edits that break the minimal test course, in one small text file beside the
/// diagnostics it must produce (TestData/golden/diagnostics/NAME.txt and NAME.out.txt). The text before the first
/// "@@" line says what the case is. Then, each "@@" line starts a step; its block runs to the next "@@" line:
/// <code>
/// @@ replace PATH       the block, which must be in the file, is replaced by the "@@ with" block that follows
///                       (a block ends before the line break that precedes the next "@@": end it with a blank
///                       line to take a line break with it)
/// @@ write PATH         the file becomes the block and a line break
/// @@ append PATH        the block and a line break are added to the file
/// @@ delete PATH        @@ mkdir PATH        @@ move PATH => NEW_PATH        @@ symlink PATH => TARGET
/// @@ socket PATH       a Unix socket: a file that exists but cannot be read, even by root
/// @@ options ARG...     arguments added to 'scormbuilder build'
/// @@ rmdir PATH         the folder and all in it are deleted
/// </code>
/// A PATH under ../templates/ is in a copy of the shipped templates beside the course, which the build then uses.
/// In a block, {{repeat N TEXT}} stands for TEXT N times, and (in write and append) {{bytes HH HH…}} for raw bytes,
/// so that huge or invalid files need no huge or invalid spec.
/// </summary>
internal sealed partial class CourseSpec : IDisposable
{
    private readonly List<Action<TempCourse>> _steps = [];
    private readonly List<IDisposable> _resources = [];

    private CourseSpec()
    {
    }

    public IReadOnlyList<string> Options { get; private set; } = [];

    /// <summary>True when a step changes the templates, so the case needs a copy of them to change.</summary>
    public bool EditsTemplates { get; private set; }

    public static CourseSpec Parse(string text)
    {
        var spec = new CourseSpec();
        var blocks = Regex.Split(text.ReplaceLineEndings("\n"), @"^@@ ", RegexOptions.Multiline).Skip(1).ToList();
        for (var i = 0; i < blocks.Count; i++)
        {
            var newline = blocks[i].IndexOf('\n', StringComparison.Ordinal);
            var command = newline < 0 ? blocks[i] : blocks[i][..newline];
            var body = newline < 0 ? "" : WithoutLastLineBreak(blocks[i][(newline + 1)..]);
            var (verb, argument) = command.IndexOf(' ', StringComparison.Ordinal) is var space and > 0
                ? (command[..space], command[(space + 1)..])
                : (command, "");
            spec.EditsTemplates |= argument.StartsWith("../templates", StringComparison.Ordinal);
            switch (verb)
            {
                case "replace":
                    Assert.True(i + 1 < blocks.Count && (blocks[i + 1].StartsWith("with\n", StringComparison.Ordinal) || blocks[i + 1] == "with"),
                        $"'@@ replace {argument}' needs an '@@ with' block after it.");
                    var replacement = Expand(WithoutLastLineBreak(blocks[++i].Length > 4 ? blocks[i][5..] : ""));
                    var old = Expand(body);
                    spec._steps.Add(c => c.Replace(argument, old, replacement));
                    break;
                case "write":
                    var content = ExpandBytes(body + "\n");
                    spec._steps.Add(c => WriteBytes(c, argument, content, FileMode.Create));
                    break;
                case "append":
                    var more = ExpandBytes(body + "\n");
                    spec._steps.Add(c => WriteBytes(c, argument, more, FileMode.Append));
                    break;
                case "delete":
                    spec._steps.Add(c => File.Delete(c.PathOf(argument)));
                    break;
                case "mkdir":
                    spec._steps.Add(c => Directory.CreateDirectory(c.PathOf(argument)));
                    break;
                case "move":
                    var (from, to) = Pair(argument);
                    spec._steps.Add(c => File.Move(c.PathOf(from), c.PathOf(to)));
                    break;
                case "symlink":
                    var (link, target) = Pair(argument);
                    spec._steps.Add(c => File.CreateSymbolicLink(c.PathOf(link), target));
                    break;
                case "rmdir":
                    spec._steps.Add(c => Directory.Delete(c.PathOf(argument), recursive: true));
                    break;
                case "socket":
                    spec._steps.Add(c => spec._resources.Add(BindSocket(c.PathOf(argument))));
                    break;
                case "options":
                    spec.Options = argument.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    break;
                default:
                    Assert.Fail($"Unknown step '@@ {command}' in a course spec.");
                    break;
            }
        }

        return spec;
    }

    public void ApplyTo(TempCourse course)
    {
        foreach (var step in _steps)
        {
            step(course);
        }
    }

    // A block ends with the line break before the next "@@"; a blank line before it keeps one more.
    private static string WithoutLastLineBreak(string block) => block.EndsWith('\n') ? block[..^1] : block;

    private static (string, string) Pair(string argument)
    {
        var parts = argument.Split(" => ");
        Assert.True(parts.Length == 2, $"Expected 'PATH => OTHER', got '{argument}'.");
        return (parts[0], parts[1]);
    }

    public void Dispose()
    {
        foreach (var resource in _resources)
        {
            resource.Dispose();
        }
    }

    // Binding creates the socket file; it stays until the socket is closed, which removes it.
    private static Socket BindSocket(string path)
    {
        var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(path));
        return socket;
    }

    private static void WriteBytes(TempCourse course, string relative, byte[] content, FileMode mode)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(course.PathOf(relative))!);
        using var file = new FileStream(course.PathOf(relative), mode, FileAccess.Write);
        file.Write(content);
    }

    private static string Expand(string text)
    {
        Assert.False(Bytes().IsMatch(text), "{{bytes …}} works only in write and append blocks.");
        return Repeat().Replace(text, m => string.Concat(Enumerable.Repeat(m.Groups[2].Value, int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))));
    }

    private static byte[] ExpandBytes(string text)
    {
        var bytes = new List<byte>();
        var at = 0;
        foreach (Match match in Bytes().Matches(text))
        {
            bytes.AddRange(Encoding.UTF8.GetBytes(Expand(text[at..match.Index])));
            bytes.AddRange(match.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(h => byte.Parse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture)));
            at = match.Index + match.Length;
        }

        bytes.AddRange(Encoding.UTF8.GetBytes(Expand(text[at..])));
        return [.. bytes];
    }

    [GeneratedRegex(@"\{\{repeat (\d+) (.+?)\}\}")]
    private static partial Regex Repeat();

    [GeneratedRegex(@"\{\{bytes ([0-9A-Fa-f ]+)\}\}")]
    private static partial Regex Bytes();
}
