using ScormBuilder.Diagnostics;
using ScormBuilder.Rendering;
using ScormBuilder.Tests.Support;

namespace ScormBuilder.Tests.Rendering;

/// <summary>Loading a templates folder: compiled once, and every problem a diagnostic at the template's own place.</summary>
public sealed class TemplateSetTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("sb-templates-").FullName;

    public TemplateSetTests()
    {
        foreach (var file in Directory.GetFiles(RepoPaths.Templates, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_directory, Path.GetRelativePath(RepoPaths.Templates, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [Fact]
    public void Should_load_the_shipped_templates_without_diagnostics()
    {
        var diagnostics = new DiagnosticBag();

        var templates = TemplateSet.Load(_directory, diagnostics);

        Assert.NotNull(templates);
        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal(["case-study", "check", "cpd-record", "page", "question", "question-feedback", "question-hint", "quiz", "references", "reflection", "scenario", "session", "transcript"], templates.Partials.Keys.Order());
    }

    [Fact]
    public void Should_report_a_syntax_error_at_its_line_and_column_in_the_template()
    {
        // Given
        var path = Path.Combine(_directory, "partials", "quiz.sbn-html");
        File.WriteAllText(path, "<section>\n  {{ for question in }}\n</section>\n");

        // When
        var diagnostics = new DiagnosticBag();
        var templates = TemplateSet.Load(_directory, diagnostics);

        // Then
        Assert.Null(templates);
        var errors = diagnostics.ToSortedList();
        Assert.All(errors, e => Assert.Equal(DiagnosticCodes.TemplateDoesNotCompile, e.Code));
        var error = errors[0];
        Assert.Equal(new SourceLocation(path.Replace('\\', '/'), 2, 22), error.Location);
        Assert.StartsWith("The template does not compile: ", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("Fix its Scriban syntax.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_tell_an_organisation_with_handlebars_templates_that_they_are_now_scriban()
    {
        // Given
        File.Delete(Path.Combine(_directory, TemplateSet.LayoutFile));
        File.WriteAllText(Path.Combine(_directory, "layout.hbs"), "<html>{{{body}}}</html>");

        // When
        var diagnostics = new DiagnosticBag();
        var templates = TemplateSet.Load(_directory, diagnostics);

        // Then
        Assert.Null(templates);
        var error = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(Path.Combine(_directory, "layout.hbs").Replace('\\', '/'), error.Location.Path);
        Assert.Contains("Handlebars templates", error.Message, StringComparison.Ordinal);
        Assert.Contains("layout.sbn-html and partials/<kind>.sbn-html", error.Message, StringComparison.Ordinal);
        Assert.Contains("templates/ folder that ships with ScormBuilder", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("assets/logo.png")]
    [InlineData("partials/page.sbn-html")]
    [InlineData("runtime/words.json")]
    public void Should_refuse_a_template_file_that_links_outside_the_templates_folder(string file)
    {
        // Given a secret outside the folder, and a template file that is a link to it
        var secret = Path.Combine(Path.GetDirectoryName(_directory)!, $"sb-secret-{Guid.NewGuid():N}.txt");
        File.WriteAllText(secret, "SECRET=do-not-ship");
        File.Delete(Path.Combine(_directory, file));
        File.CreateSymbolicLink(Path.Combine(_directory, file), secret);
        var diagnostics = new DiagnosticBag();

        try
        {
            // When
            var templates = TemplateSet.Load(_directory, diagnostics);

            // Then nothing of the secret is read into the templates, and the link is named
            var error = Assert.Single(diagnostics.ToSortedList(), d => d.IsError);
            Assert.Equal((DiagnosticCodes.PathEscapesCourse, file), (error.Code, Path.GetRelativePath(_directory, error.Location.Path).Replace('\\', '/')));
            Assert.DoesNotContain(templates?.StaticFiles ?? [], f => f.Content is { } bytes && System.Text.Encoding.UTF8.GetString(bytes).Contains("SECRET", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public async Task Should_refuse_a_fifo_among_the_template_assets_without_blocking()
    {
        var fifo = Path.Combine(_directory, "assets", "stream.css");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", fifo))
        {
            await mkfifo.WaitForExitAsync();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var diagnostics = new DiagnosticBag();

        var load = Task.Run(() => TemplateSet.Load(_directory, diagnostics));

        Assert.Same(load, await Task.WhenAny(load, Task.Delay(TimeSpan.FromSeconds(20))));
        Assert.Contains(diagnostics.ToSortedList(), d => d.Code == DiagnosticCodes.NotRegularFile && d.Location.Path.EndsWith("assets/stream.css", StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
