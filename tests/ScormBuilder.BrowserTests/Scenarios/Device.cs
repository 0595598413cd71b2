using Microsoft.Playwright;
using ScormBuilder.BrowserTests.Harness;

namespace ScormBuilder.BrowserTests.Scenarios;

/// <summary>The learner's copies on this computer, as the runtime keys them (scormbuilder2:&lt;storageKey&gt;:&lt;who&gt;).</summary>
internal static class Device
{
    /// <summary>The course's storage key, from the course data in the page (#sb-course).</summary>
    public static Task<string> StorageKeyAsync(IFrame sco) =>
        sco.EvaluateAsync<string>("() => JSON.parse(document.getElementById('sb-course').textContent).storageKey");

    /// <summary>The key of a learner's copy: <c>id-</c> + the encoded student id, or <c>anonymous</c> without one.</summary>
    public static string Key(string storageKey, string? studentId) =>
        $"scormbuilder2:{storageKey}:" + (studentId is null ? "anonymous" : "id-" + Uri.EscapeDataString(studentId));

    public static string CompletedKey(string storageKey, string? studentId) => Key(storageKey, studentId) + ":completed";

    /// <summary>Every key the course (this build or an earlier one) holds in the profile's localStorage.</summary>
    public static async Task<IReadOnlyList<string>> CourseKeysAsync(BrowserProfile profile) =>
        [.. (await profile.LocalStorageKeysAsync()).Where(key => key.StartsWith("scormbuilder", StringComparison.Ordinal))];

    public static Task<string?> LocalAsync(IFrame frame, string key) =>
        frame.EvaluateAsync<string?>("key => localStorage.getItem(key)", key);

    /// <summary>Waits until the storage (<c>localStorage</c> or <c>sessionStorage</c>) holds <paramref name="text"/> under the key.</summary>
    public static async Task WaitForAsync(IFrame frame, string storage, string key, string text)
    {
        try
        {
            await frame.WaitForFunctionAsync(
                "([storage, key, text]) => (window[storage].getItem(key) || '').includes(text)",
                new object[] { storage, key, text },
                new FrameWaitForFunctionOptions { PollingInterval = 50, Timeout = 5_000 });
        }
        catch (TimeoutException)
        {
            var keys = await frame.EvaluateAsync<string>("storage => JSON.stringify(Object.keys(window[storage]))", storage);
            throw new TimeoutException($"{storage} never held '{text}' under {key}; its keys: {keys}");
        }
    }
}
