using Microsoft.Win32.SafeHandles;

namespace ScormBuilder.Sources;

/// <summary>
/// Opens a relative path under a root folder one name at a time, each from the open handle of the folder before it,
/// never letting the system follow a link: a link found on the way is read, and its target put in place of its name
/// in the names still to walk. So a link anywhere in the path (a file, a folder, a link whose target runs through
/// another linked folder) is resolved by this walk, and '..' can never climb above the root. An absolute target is
/// allowed only when it lies under the root. Unix only: Windows keeps a check by path.
/// </summary>
internal static class SandboxWalk
{
    /// <summary>The most links one path may pass through, as Linux allows (MAXSYMLINKS).</summary>
    public const int MaxLinks = 40;

    /// <exception cref="PathEscapesException">The path leaves the root, or passes through more than <see cref="MaxLinks"/> links.</exception>
    /// <exception cref="NotRegularFileException">It is not a regular file.</exception>
    /// <exception cref="IOException">It cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The user may not read it.</exception>
    public static SourceFile Open(string root, string relativePath)
    {
        // The root itself is opened as named: the user chose it, links and all.
        var folders = new List<SafeFileHandle> { Posix.Open(root, Posix.ReadFlags | Posix.DirectoryFlag) };
        try
        {
            var names = new LinkedList<string>(Split(relativePath));
            var links = 0;
            while (names.First is { } first)
            {
                var name = first.Value;
                names.RemoveFirst();
                if (name == "..")
                {
                    if (folders.Count == 1)
                    {
                        throw new PathEscapesException(loop: false);
                    }

                    folders[^1].Dispose();
                    folders.RemoveAt(folders.Count - 1);
                    continue;
                }

                var last = names.Count == 0;
                var handle = Posix.OpenAt(folders[^1], name, Posix.NoFollowFlags | (last ? 0 : Posix.DirectoryFlag), out var error);
                if (handle is not null)
                {
                    if (last)
                    {
                        return RegularFile.Checked(handle);
                    }

                    folders.Add(handle);
                    continue;
                }

                if (!Posix.IsLinkError(error) || Posix.ReadLinkAt(folders[^1], name) is not { } target)
                {
                    throw Posix.ErrorFor(error, relativePath);
                }

                if (++links > MaxLinks)
                {
                    throw new PathEscapesException(loop: true);
                }

                if (target.StartsWith('/'))
                {
                    target = UnderRoot(root, target) ?? throw new PathEscapesException(loop: false);
                    folders.GetRange(1, folders.Count - 1).ForEach(f => f.Dispose());
                    folders.RemoveRange(1, folders.Count - 1);
                }

                foreach (var part in Split(target).Reverse())
                {
                    names.AddFirst(part);
                }
            }

            throw new NotRegularFileException("a folder");
        }
        finally
        {
            folders.ForEach(f => f.Dispose());
        }
    }

    private static IEnumerable<string> Split(string path) => path.Split('/').Where(name => name.Length > 0 && name != ".");

    private static string? UnderRoot(string root, string target) =>
        target == root ? "" : target.StartsWith(root + "/", StringComparison.Ordinal) ? target[(root.Length + 1)..] : null;
}
