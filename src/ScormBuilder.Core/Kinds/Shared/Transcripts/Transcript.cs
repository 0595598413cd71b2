using ScormBuilder.Diagnostics;
using ScormBuilder.Model;

namespace ScormBuilder.Kinds.Shared.Transcripts;

/// <summary>The words of a session's video, shown inside the session under a heading of its own.</summary>
public sealed record Transcript(string Id, string Title, string SourcePath, SourceLocation IdLocation, MarkdownSource Body);
