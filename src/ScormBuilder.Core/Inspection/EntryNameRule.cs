using System.Text.RegularExpressions;
using ScormBuilder.Diagnostics;
using ScormBuilder.Model;

namespace ScormBuilder.Inspection;

/// <summary>
/// The names in the zip: nothing absolute or climbing out with '..', '/' between folders, nothing Windows cannot hold
/// (the device names <see cref="PackagePaths"/> refuses in our own packages, and its forbidden characters), no two names
/// that differ only in case, and no macOS leftovers.
/// </summary>
internal sealed partial class EntryNameRule : IPackageRule
{
    public IEnumerable<Finding> Check(InspectedPackage package)
    {
        var names = package.Entries.Select(e => e.Name).ToList();
        var unsafeNames = names.Where(IsUnsafe).ToList();
        var backslashed = names.Where(n => n.Contains('\\')).ToList();
        var windows = names.Where(n => !IsUnsafe(n) && CannotHoldOnWindows(n)).ToList();
        var junk = names.Where(IsJunk).ToList();
        var clashes = CaseClashes.In(names);

        return new[]
        {
            Found(unsafeNames, InspectionDiagnostics.UnsafeEntryPath, package.Name,
                "an absolute or '..' path, which could write outside the course when unpacked", "Zip the course folder's contents again so every name is relative, with no '..'."),
            Found(backslashed, InspectionDiagnostics.BackslashInPath, package.Name,
                "'\\' between folders, which an LMS on Linux reads as part of one file name", "Zip again with a tool that writes '/' between folders."),
            Found(windows, InspectionDiagnostics.WindowsCannotHold, package.Name,
                "a name Windows cannot hold (a device name, one of < > : \" | ? *, a control character, or a trailing dot or space)",
                "Rename the files and update the links to them."),
            Found(clashes, InspectionDiagnostics.EntryCaseClash, package.Name,
                "names that differ only in case, which Windows and macOS unpack as one file", "Give each file one spelling and update the links to it."),
            Found(junk, InspectionDiagnostics.JunkFile, package.Name,
                "macOS leftovers ('__MACOSX/', '.DS_Store') that the course does not use", "Zip again without them, e.g. zip -r course.zip . -x \"__MACOSX/*\" \"*.DS_Store\"."),
        }.OfType<Finding>();
    }

    private static Finding? Found(List<string> names, ScormBuilder.Diagnostics.DiagnosticDescriptor descriptor, string package, string what, string fix) =>
        names.Count == 0 ? null : new Finding(descriptor, package, $"{names.Count:N0} {(names.Count == 1 ? "entry has" : "entries have")} {what}: {Names.Listed(names)}.", fix);

    // Each test walks a name's parts as spans: splitting it into strings costs a name 135 folders deep as many strings, per test.
    internal static bool IsUnsafe(string name)
    {
        if (name.StartsWith('/') || name.StartsWith('\\') || DriveLetter().IsMatch(name))
        {
            return true;
        }

        var span = name.AsSpan();
        foreach (var part in span.SplitAny('/', '\\'))
        {
            if (span[part] is "..")
            {
                return true;
            }
        }

        return false;
    }

    private static bool CannotHoldOnWindows(string name)
    {
        var span = name.AsSpan();
        foreach (var part in span.Split('/'))
        {
            var segment = span[part];
            if (segment is "" or ".")
            {
                continue;
            }

            if (segment[^1] is '.' or ' ' || segment.ContainsAny(WindowsForbidden) || PackagePaths.IsReserved(segment))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsJunk(string name)
    {
        var span = name.AsSpan();
        foreach (var part in span.Split('/'))
        {
            if (span[part] is "__MACOSX")
            {
                return true;
            }
        }

        return span[(span.LastIndexOf('/') + 1)..] is ".DS_Store";
    }

    /// <summary>The characters Windows refuses in a name: control characters and &lt; &gt; : " | ? *.</summary>
    private static readonly System.Buffers.SearchValues<char> WindowsForbidden =
        System.Buffers.SearchValues.Create([.. Enumerable.Range(0, ' ').Select(c => (char)c), .. "<>:\"|?*"]);

    [GeneratedRegex("^[A-Za-z]:")]
    private static partial Regex DriveLetter();
}
