namespace ScormBuilder.BrowserTests.Harness;

public static class TestPaths
{
    /// <summary>The hand-written SCO that proves the harness (TestData/fixture-sco).</summary>
    public static string FixtureSco { get; } = Path.Combine(AppContext.BaseDirectory, "TestData", "fixture-sco");
}
