using System.Text.Json.Nodes;

namespace ScormBuilder.BrowserTests.Harness;

/// <summary>How the next <c>LMSSetValue</c> calls fail when a test injects failures.</summary>
public enum SetValueFault
{
    /// <summary>Returns "false" and leaves error 101.</summary>
    ReturnFalse,

    /// <summary>Throws a JavaScript exception, as some LMS wrappers do.</summary>
    Throw,
}

/// <summary>Failures the test LMS injects from the first call on. Injected failures are never violations.</summary>
public sealed record LmsFaults(
    int CommitFailures = 0,
    int SetValueFailures = 0,
    SetValueFault SetValueFault = SetValueFault.ReturnFalse,
    bool RefuseInitialize = false)
{
    /// <summary>An LMS that refuses to start: <c>LMSInitialize</c> answers "false" with error 101.</summary>
    public static LmsFaults InitializeRefused { get; } = new(RefuseInitialize: true);

    public static LmsFaults None { get; } = new();

    internal static string ToScript(SetValueFault fault) => fault switch
    {
        SetValueFault.ReturnFalse => "false",
        SetValueFault.Throw => "throw",
        _ => throw new ArgumentOutOfRangeException(nameof(fault), fault, null),
    };

    internal JsonObject ToJson() => new()
    {
        ["commitFailures"] = CommitFailures,
        ["setValueFailures"] = SetValueFailures,
        ["setValueFault"] = ToScript(SetValueFault),
        ["refuseInitialize"] = RefuseInitialize,
    };
}
