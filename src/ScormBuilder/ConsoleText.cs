using System.Text;

namespace ScormBuilder.Cli;

/// <summary>
/// The writers the command line prints through, in an encoding the console can show. A Windows console starts in
/// an OEM code page (437, 850…), where '…' and author text beyond it print as '?': there the console is switched
/// to UTF-8 for the run and back when it ends (it is the user's whole console window, not ours). Where it cannot be
/// switched (no console; a Unix terminal whose locale says another charset, which a program cannot change) the
/// tool's own punctuation is written as ASCII, and anything else the charset lacks as '?'.
/// </summary>
internal sealed class ConsoleText : IDisposable
{
    private readonly Action? _restore;

    private ConsoleText(TextWriter stdout, TextWriter stderr, Action? restore)
    {
        Out = stdout;
        Error = stderr;
        _restore = restore;
    }

    public TextWriter Out { get; }

    public TextWriter Error { get; }

    /// <summary>Whether what is printed reaches the console unchanged (false: it is written with ASCII stand-ins).</summary>
    public bool Unicode => Out is not AsciiStandIns;

    public static ConsoleText Open() => Open(new SystemConsole(), OperatingSystem.IsWindows());

    /// <summary>Prepares <paramref name="console"/>; on Windows (<paramref name="switchable"/>) it may switch its code page.</summary>
    internal static ConsoleText Open(IConsoleStreams console, bool switchable)
    {
        var original = console.OutputEncoding;
        if (original.CodePage == Encoding.UTF8.CodePage)
        {
            return new ConsoleText(console.Out, console.Error, null);
        }

        if (switchable)
        {
            try
            {
                console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
                return new ConsoleText(console.Out, console.Error, () => console.OutputEncoding = original);
            }
            catch (Exception e) when (e is IOException or PlatformNotSupportedException or UnauthorizedAccessException)
            {
                // No console to switch (a detached process): degrade below.
            }
        }

        return new ConsoleText(new AsciiStandIns(console.Out), new AsciiStandIns(console.Error), null);
    }

    public void Dispose()
    {
        Out.Flush();
        Error.Flush();
        try
        {
            _restore?.Invoke();
        }
        catch (Exception e) when (e is IOException or PlatformNotSupportedException or UnauthorizedAccessException)
        {
            // The console is gone: there is nothing left to restore.
        }
    }
}

/// <summary>The process's console, as <see cref="ConsoleText"/> needs it.</summary>
internal interface IConsoleStreams
{
    Encoding OutputEncoding { get; set; }

    TextWriter Out { get; }

    TextWriter Error { get; }
}

internal sealed class SystemConsole : IConsoleStreams
{
    public Encoding OutputEncoding
    {
        get => Console.OutputEncoding;
        set => Console.OutputEncoding = value;
    }

    public TextWriter Out => Console.Out;

    public TextWriter Error => Console.Error;
}
