namespace ScormBuilder.Tests.Hostile;

/// <summary>
/// One hostile input: the class of attack it belongs to (issue 19 numbers them 1–14), what it tries, the edits to
/// the minimal test course that make it (<see cref="Diagnostics.CourseSpec"/> text), an optional step no spec can
/// say (a chain of links, a race), and what must happen.
/// </summary>
internal sealed record HostileCase(int Class, string Name, string Spec, HostileOutcome Expect, Action<Support.TempCourse>? Arrange = null)
{
    /// <summary>The command line, when it is not <c>build COURSE -o OUT --templates TEMPLATES</c>; {course}, {out} and {templates} are filled in.</summary>
    public string[]? Args { get; init; }

    /// <summary>The edits whose clean build the page's skeleton is compared with (the minimal course when empty).</summary>
    public string Baseline { get; init; } = "";

    public override string ToString() => $"{Class:00} {Name}";
}

/// <summary>What a hostile input must lead to.</summary>
internal abstract record HostileOutcome
{
    /// <summary>Exit 1, this code at this place (course-relative, e.g. "sessions/01-intro.md(21,1)" or "course.yaml"), no package.</summary>
    public static HostileOutcome Refused(string code, string where) => new RefusedOutcome(code, where);

    /// <summary>Exit 2: a usage error, and nothing written.</summary>
    public static HostileOutcome Usage(string text) => new UsageOutcome(text);

    /// <summary>Exit 0, and the page keeps every rule of <see cref="PageInvariants"/>.</summary>
    public static HostileOutcome Builds { get; } = new BuildsOutcome();
}

internal sealed record RefusedOutcome(string Code, string Where) : HostileOutcome;

internal sealed record UsageOutcome(string Text) : HostileOutcome;

internal sealed record BuildsOutcome : HostileOutcome;
