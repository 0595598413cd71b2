using Microsoft.Win32.SafeHandles;

namespace ScormBuilder.Sources;

/// <summary>
/// Makes an open handle a <see cref="SourceFile"/> only when it is a regular file, checked on the handle itself
/// (so a path swapped after the check cannot matter): a FIFO, a socket, a device or a folder is refused with
/// <see cref="NotRegularFileException"/>. Handles are opened with O_NONBLOCK on Unix, since opening a FIFO the
/// ordinary way waits for a writer forever.
/// </summary>
internal static class RegularFile
{
    /// <summary>Opens <paramref name="path"/> as it is named, links followed: for paths outside any sandbox.</summary>
    /// <exception cref="NotRegularFileException">It is not a regular file.</exception>
    /// <exception cref="IOException">It cannot be read (missing, a link loop, an I/O error).</exception>
    /// <exception cref="UnauthorizedAccessException">The user may not read it.</exception>
    public static SourceFile Open(string path) => Checked(OperatingSystem.IsWindows()
        ? File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read)
        : Posix.Open(path, Posix.ReadFlags));

    /// <summary>Takes ownership of <paramref name="handle"/>: the file it opened, or it is closed and this throws.</summary>
    public static SourceFile Checked(SafeFileHandle handle)
    {
        try
        {
            if (File.GetAttributes(handle).HasFlag(FileAttributes.Directory))
            {
                throw new NotRegularFileException("a folder");
            }

            // A FIFO or a socket cannot seek. A device can, but says it is empty and then yields bytes.
            if (!OperatingSystem.IsWindows() && !Posix.CanSeek(handle))
            {
                throw new NotRegularFileException("a FIFO, socket or device");
            }

            var length = RandomAccess.GetLength(handle);
            if (length == 0 && RandomAccess.Read(handle, new byte[1], 0) > 0)
            {
                throw new NotRegularFileException("a device");
            }

            return new SourceFile(handle, length);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }
}

/// <summary>A path that names something other than a regular file: a FIFO, socket, device or folder.</summary>
internal sealed class NotRegularFileException(string kind) : IOException($"it is {kind}, not a regular file")
{
    public string Kind { get; } = kind;
}

/// <summary>A path that leaves its sandbox (through a link or '..'), or that runs through too many links.</summary>
internal sealed class PathEscapesException(bool loop)
    : IOException(loop ? $"it passes through more than {SandboxWalk.MaxLinks} symbolic links" : "it leads outside its folder")
{
    /// <summary>A chain of more links than <see cref="SandboxWalk.MaxLinks"/>, most likely a loop.</summary>
    public bool Loop { get; } = loop;
}
