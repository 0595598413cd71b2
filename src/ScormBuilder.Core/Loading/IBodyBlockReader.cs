using ScormBuilder.Diagnostics;
using ScormBuilder.Model;

namespace ScormBuilder.Loading;

/// <summary>
/// Reads one kind of interactive block from a Markdown body: a fenced block whose info string is
/// <see cref="Name"/> (<c>```check</c>). Each kind of block registers one with the compiler.
/// </summary>
internal interface IBodyBlockReader
{
    /// <summary>The word after the opening fence.</summary>
    string Name { get; }

    /// <summary>Reads the block's text; reports what is wrong at its line and returns null for a block it cannot use.</summary>
    BodyBlock? Read(BodyBlockSource source, DiagnosticBag diagnostics);
}

/// <summary>
/// A fenced block as written: its text (between the fences), the file line that text starts on, the fence's line
/// within its body, whether a closing fence ends it, and the body it sits in.
/// </summary>
internal sealed record BodyBlockSource(string Text, int FirstLine, int Line, SourceLocation Fence, bool Closed, string DisplayPath, string OwnerId);
