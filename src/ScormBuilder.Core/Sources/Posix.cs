using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace ScormBuilder.Sources;

/// <summary>
/// The few POSIX calls the sandbox needs, with the open flags of the platform it runs on: their values differ
/// between Linux on x86-64, Linux on Arm, macOS and FreeBSD.
/// </summary>
internal static class Posix
{
    private static readonly Flags s_flags = FlagsOfThisPlatform();

    /// <summary>Read only, never blocking (a FIFO), not inherited by child processes.</summary>
    public static int ReadFlags => s_flags.NonBlock | s_flags.CloseOnExec;

    /// <summary><see cref="ReadFlags"/>, and fail rather than follow a symbolic link as the last name.</summary>
    public static int NoFollowFlags => ReadFlags | s_flags.NoFollow;

    /// <summary>Only a folder.</summary>
    public static int DirectoryFlag => s_flags.Directory;

    public const int EPERM = 1;
    public const int ENOENT = 2;
    public const int ENXIO = 6;
    public const int EACCES = 13;
    public const int ENOTDIR = 20;

    /// <summary>
    /// What opening a link with O_NOFOLLOW may report: ELOOP (EMLINK on FreeBSD), or ENOTDIR when a folder was asked
    /// for. Only a successful readlinkat then says it really is a link.
    /// </summary>
    public static bool IsLinkError(int error) => error == s_flags.Loop || error == s_flags.LinkOnFreeBsd || error == ENOTDIR;

    /// <summary>Opens <paramref name="path"/> (following links: for paths the user named); throws on failure.</summary>
    public static SafeFileHandle Open(string path, int flags)
    {
        var descriptor = OpenPath(path, flags);
        return descriptor >= 0 ? new SafeFileHandle(descriptor, ownsHandle: true) : throw ErrorFor(Marshal.GetLastPInvokeError(), path);
    }

    /// <summary>Opens one name in an open folder; the error number instead when it cannot.</summary>
    public static SafeFileHandle? OpenAt(SafeFileHandle folder, string name, int flags, out int error)
    {
        var descriptor = OpenAtPath(folder, name, flags);
        error = descriptor >= 0 ? 0 : Marshal.GetLastPInvokeError();
        return descriptor >= 0 ? new SafeFileHandle(descriptor, ownsHandle: true) : null;
    }

    /// <summary>The target of the link <paramref name="name"/> in an open folder, or null when it is not a link.</summary>
    public static string? ReadLinkAt(SafeFileHandle folder, string name)
    {
        var buffer = new byte[4096];
        var length = ReadLinkAtPath(folder, name, buffer, buffer.Length);
        return length < 0 ? null : Encoding.UTF8.GetString(buffer, 0, (int)length);
    }

    /// <summary>Whether the handle can seek: a FIFO or a socket cannot.</summary>
    public static bool CanSeek(SafeFileHandle handle) => LSeek(handle, 0, 1 /* SEEK_CUR */) >= 0;

    public static Exception ErrorFor(int error, string path) => error switch
    {
        ENOENT or ENOTDIR => new FileNotFoundException("No such file", path),
        EACCES or EPERM => new UnauthorizedAccessException("Permission denied"),
        ENXIO => new NotRegularFileException("a socket"),
        _ => new IOException($"cannot open it (error {error})"),
    };

    private static Flags FlagsOfThisPlatform()
    {
        if (OperatingSystem.IsMacOS() || OperatingSystem.IsIOS())
        {
            return new(NonBlock: 0x4, CloseOnExec: 0x1000000, NoFollow: 0x100, Directory: 0x100000, Loop: 62, LinkOnFreeBsd: -1);
        }

        if (OperatingSystem.IsFreeBSD())
        {
            return new(NonBlock: 0x4, CloseOnExec: 0x100000, NoFollow: 0x100, Directory: 0x20000, Loop: 62, LinkOnFreeBsd: 31);
        }

        // Linux: Arm, Arm64 and PowerPC swap O_DIRECTORY and O_NOFOLLOW with O_DIRECT and O_LARGEFILE.
        return RuntimeInformation.ProcessArchitecture is Architecture.Arm or Architecture.Arm64 or Architecture.Ppc64le
            ? new(NonBlock: 0x800, CloseOnExec: 0x80000, NoFollow: 0x8000, Directory: 0x4000, Loop: 40, LinkOnFreeBsd: -1)
            : new(NonBlock: 0x800, CloseOnExec: 0x80000, NoFollow: 0x20000, Directory: 0x10000, Loop: 40, LinkOnFreeBsd: -1);
    }

    private sealed record Flags(int NonBlock, int CloseOnExec, int NoFollow, int Directory, int Loop, int LinkOnFreeBsd);

    // DllImport rather than LibraryImport: its generated code would need unsafe blocks for these calls.
    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int OpenPath([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport("libc", EntryPoint = "openat", SetLastError = true)]
    private static extern int OpenAtPath(SafeFileHandle folder, [MarshalAs(UnmanagedType.LPUTF8Str)] string name, int flags);

    [DllImport("libc", EntryPoint = "readlinkat", SetLastError = true)]
    private static extern nint ReadLinkAtPath(SafeFileHandle folder, [MarshalAs(UnmanagedType.LPUTF8Str)] string name, byte[] buffer, nint size);

    [DllImport("libc", EntryPoint = "lseek", SetLastError = true)]
    private static extern long LSeek(SafeFileHandle handle, long offset, int whence);
}
