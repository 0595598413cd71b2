namespace ScormBuilder.BrowserTests.Harness;

/// <summary>The rule names the test LMS (Lms/strict-lms.js) records in <see cref="LmsViolation.Rule"/>.</summary>
public static class ViolationRules
{
    public const string MultipleInitialize = "multiple-initialize";
    public const string MultipleFinish = "multiple-finish";
    public const string CallAfterFinish = "call-after-finish";
    public const string CallBeforeInitialize = "call-before-initialize";
    public const string SuspendDataTooLong = "suspend-data-too-long";
    public const string LessonLocationTooLong = "lesson-location-too-long";
    public const string SessionTimeFormat = "session-time-format";
    public const string LessonStatusNotAttempted = "lesson-status-not-attempted";
    public const string InteractionRead = "interaction-read";
    public const string InteractionIdInvalid = "interaction-id-invalid";
    public const string StudentResponseFormat = "student-response-format";

    /// <summary>A write to an element the LMS said it does not support (see <see cref="LmsLaunch.InteractionChildren"/>).</summary>
    public const string UnsupportedElement = "unsupported-element";

    /// <summary>Learning Hub only: <c>LMSGetValue("cmi.comments")</c>, which throws there.</summary>
    public const string CommentsRead = "comments-read";

    /// <summary>Learning Hub only: interaction n written before n-1, which throws there.</summary>
    public const string InteractionOutOfOrder = "interaction-out-of-order";

    /// <summary>An <c>LMSSetValue</c> that returned other than "true" or left an error, and was not injected.</summary>
    public const string SetFailed = "set-failed";
}
