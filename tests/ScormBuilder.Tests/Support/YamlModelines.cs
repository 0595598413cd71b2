using System.Text.RegularExpressions;
using ScormBuilder.Kinds;
using ScormBuilder.Schemas;

namespace ScormBuilder.Tests.Support;

/// <summary>
/// The modeline of VS Code's YAML extension ('# yaml-language-server: $schema=…') at the top of a course's YAML
/// files: each names the schema for its kind of file, and that schema holds the file valid.
/// </summary>
internal static partial class YamlModelines
{
    public static void AssertIn(string course, int expected)
    {
        var files = Directory.GetFiles(course, "*.yaml", SearchOption.AllDirectories);

        Assert.Equal(expected, files.Length);
        Assert.All(files, file =>
        {
            var relative = Path.GetRelativePath(course, file).Replace('\\', '/');
            var shaped = Assert.Single(CompilerPipeline.Default.ShapedFiles, s => Glob(s.Pattern).IsMatch(relative));
            var text = File.ReadAllText(file);
            var modeline = Modeline().Match(text);
            Assert.True(modeline.Success, $"{relative} does not start with '# yaml-language-server: $schema=…'.");
            var schema = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, modeline.Groups["path"].Value));
            Assert.True(File.Exists(schema), $"{relative} names {modeline.Groups["path"].Value}, which does not exist.");
            Assert.Equal(CourseSchemas.FileName(shaped.Name), Path.GetFileName(schema));
            Assert.Empty(SchemaCheck.Problems(schema, text));
        });
    }

    private static Regex Glob(string pattern) => new("^" + Regex.Escape(pattern).Replace(@"\*", "[^/]*") + "$");

    [GeneratedRegex(@"\A# yaml-language-server: \$schema=(?<path>\S+)\n")]
    private static partial Regex Modeline();
}
