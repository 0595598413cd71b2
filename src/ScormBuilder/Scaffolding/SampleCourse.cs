namespace ScormBuilder.Cli.Scaffolding;

/// <summary>
/// The small course 'scormbuilder new' writes: one part of each kind, which builds and checks cleanly as it is
/// and explains the format by example. Its files are embedded in the tool (Scaffolding/SampleCourse/).
/// </summary>
internal static class SampleCourse
{
    private const string ResourcePrefix = "sample-course/";

    /// <summary>Writes the course into <paramref name="directory"/>, which must be new or empty.</summary>
    /// <returns>The course-relative paths written, sorted.</returns>
    public static IReadOnlyList<string> WriteTo(string directory)
    {
        var assembly = typeof(SampleCourse).Assembly;
        var written = new List<string>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var relative = name[ResourcePrefix.Length..].Replace('\\', '/');
            var path = Path.Combine(directory, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var source = assembly.GetManifestResourceStream(name)!;
            using var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            source.CopyTo(target);
            written.Add(relative);
        }

        return written;
    }
}
