using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace ScormBuilder.Sources;

/// <summary>
/// Opens a file for reading only when it is a regular file, and never blocks doing so: a FIFO, a socket, a device
/// or a folder is refused with <see cref="NotRegularFileException"/>. Opening a FIFO the ordinary way waits for a
/// writer forever, so on Unix the file is opened with O_NONBLOCK and its kind checked on the open handle.
/// </summary>
internal static class RegularFile
{
    /// <summary>Opens <paramref name="path"/> for reading, positioned at its start.</summary>
    /// <exception cref="NotRegularFileException">It is not a regular file.</exception>
    /// <exception cref="IOException">It cannot be read (missing, a link loop, an I/O error).</exception>
    /// <exception cref="UnauthorizedAccessException">The user may not read it.</exception>
    public static FileStream OpenRead(string path)
    {
        if (Directory.Exists(path))
        {
            throw new NotRegularFileException("a folder");
        }

        var stream = OperatingSystem.IsWindows() ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read) : OpenUnix(path);
        try
        {
            // A FIFO or a socket cannot seek. A device can, but says it is empty and then yields bytes.
            if (!stream.CanSeek)
            {
                throw new NotRegularFileException("a FIFO, socket or device");
            }

            if (stream.Length == 0)
            {
                Span<byte> probe = stackalloc byte[1];
                if (stream.Read(probe) > 0)
                {
                    throw new NotRegularFileException("a device");
                }

                stream.Position = 0;
            }

            return stream;
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    private static FileStream OpenUnix(string path)
    {
        var flags = OperatingSystem.IsMacOS() || OperatingSystem.IsIOS() || OperatingSystem.IsFreeBSD()
            ? MacNonBlock | (OperatingSystem.IsFreeBSD() ? FreeBsdCloseOnExec : MacCloseOnExec)
            : LinuxNonBlock | LinuxCloseOnExec;
        var descriptor = Open(path, flags);
        if (descriptor < 0)
        {
            var error = Marshal.GetLastPInvokeError();
            throw error switch
            {
                ENOENT => new FileNotFoundException("No such file", path),
                EACCES or EPERM => new UnauthorizedAccessException("Permission denied"),
                ENXIO => new NotRegularFileException("a socket"),
                _ => new IOException($"cannot open it (error {error})"),
            };
        }

        var handle = new SafeFileHandle(descriptor, ownsHandle: true);
        try
        {
            return new FileStream(handle, FileAccess.Read, bufferSize: 0);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    private const int LinuxNonBlock = 0x800;
    private const int LinuxCloseOnExec = 0x80000;
    private const int MacNonBlock = 0x4;
    private const int MacCloseOnExec = 0x1000000;
    private const int FreeBsdCloseOnExec = 0x100000;
    private const int EPERM = 1;
    private const int ENOENT = 2;
    private const int ENXIO = 6;
    private const int EACCES = 13;

    // DllImport rather than LibraryImport: its generated code would need unsafe blocks for one call.
    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);
}

/// <summary>A path that names something other than a regular file: a FIFO, socket, device or folder.</summary>
internal sealed class NotRegularFileException(string kind) : IOException($"it is {kind}, not a regular file")
{
    public string Kind { get; } = kind;
}
