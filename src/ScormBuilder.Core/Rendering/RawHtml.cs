namespace ScormBuilder.Rendering;

/// <summary>
/// HTML that a template writes as it is: only what the build has made safe (rendered Markdown, a rendered part,
/// the course data as JSON). Every other value a template writes is HTML-escaped.
/// </summary>
internal sealed record RawHtml(string Html);
