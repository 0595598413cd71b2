using Scriban.Runtime;
using ScormBuilder.Kinds.Scenarios;
using ScormBuilder.Rendering;

namespace ScormBuilder.Tests.Rendering;

/// <summary>The one way a template model becomes the values a template sees.</summary>
public sealed class TemplateValuesTests
{
    [Fact]
    public void Should_name_each_value_as_templates_write_it_and_make_a_nested_record_an_object()
    {
        // Given a session's model with a video and no transcript
        var session = new SessionValues
        {
            Id = "s1", Title = "One", Number = 1, Summary = "Why", Duration = null, Language = "en-GB", Body = new RawHtml("<p>Hi</p>"),
            Video = new VideoValues { Src = "media/a.mp4", Captions = null }, Transcript = null,
        };

        // When it becomes a script object
        var values = session.ToScriptObject();

        // Then its names are snake_case, nested records objects, and absent values null
        Assert.Equal(["id", "title", "number", "summary", "duration", "language", "body", "video", "transcript"], values.Keys);
        var video = Assert.IsType<ScriptObject>(values["video"]);
        Assert.Equal(("media/a.mp4", null), (video["src"], video["captions"]));
        Assert.Null(values["transcript"]);
        Assert.Null(values["duration"]);
        Assert.Equal(1, values["number"]);
    }

    [Fact]
    public void Should_make_a_list_an_array_and_keep_html_as_html_so_it_is_not_escaped()
    {
        var node = new ScenarioNodeValues
        {
            Id = "start", HtmlId = "sc--start", Text = new RawHtml("<p>Now?</p>"), Ending = null, Debrief = null,
            Choices = [new ScenarioChoiceValues { Index = 0, Text = "Go", Goto = "end", Consequence = null }],
        };

        var values = node.ToScriptObject();

        Assert.Equal("html_id", values.Keys.ElementAt(1));
        Assert.Equal(new RawHtml("<p>Now?</p>"), values["text"]);
        var choice = Assert.IsType<ScriptObject>(Assert.Single(Assert.IsType<ScriptArray>(values["choices"])));
        Assert.Equal(("Go", "end"), (choice["text"], choice["goto"]));
    }

    [Fact]
    public void Should_refuse_a_value_a_template_could_not_write_as_the_build_means()
    {
        var odd = new OddValues { When = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc) };

        var refused = Assert.Throws<InvalidOperationException>(() => odd.ToScriptObject());

        Assert.Contains("DateTime", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", null)]
    [InlineData(null, null)]
    [InlineData("Ann", "Ann")]
    public void Should_make_empty_optional_text_null(string? given, string? expected) =>
        Assert.Equal(expected, TemplateValues.Optional(given));

    private sealed record OddValues : TemplateValues
    {
        public required DateTime When { get; init; }
    }
}
