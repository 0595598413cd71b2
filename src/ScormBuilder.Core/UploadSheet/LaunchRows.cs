using System.Globalization;
using ScormBuilder.Targets;

namespace ScormBuilder.UploadSheet;

/// <summary>
/// How a target's platform opens the course, in words: where, at what default size and within what sizes. A value
/// the target does not state is null, which the sheet shows as not published rather than as a guess.
/// </summary>
internal static class LaunchRows
{
    public static IReadOnlyList<SheetRow> Of(Target target)
    {
        var launch = target.Launch;
        return
        [
            new("Opens in", launch?.Window switch
            {
                "new" => "A new window",
                "current" => "The current window, in a frame",
                "either" => "A frame or a new window, as the platform is set up",
                _ => null,
            }),
            new(launch?.Window switch { "new" => "Window size", "current" => "Frame size", _ => "Size" },
                launch is { Width: { } width, Height: { } height } ? $"{Length(width)} wide × {Length(height)} high (the default)" : null),
            new("Sizes allowed", launch is { Smallest: { } smallest, Largest: { } largest } ? $"{Size(smallest)} to {Size(largest)}"
                : launch?.Smallest is { } least ? $"at least {Size(least)}"
                : launch?.Largest is { } most ? $"at most {Size(most)}"
                : null),
        ];
    }

    // A bare number is pixels; anything else (a percentage) is shown as the target gives it.
    private static string Length(string value) => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _) ? $"{value} px" : value;

    private static string Size((int Width, int Height) size) =>
        string.Create(CultureInfo.InvariantCulture, $"{size.Width} × {size.Height} px");
}
