using System.Globalization;

namespace ScormBuilder.Tests.Support;

/// <summary>A clock stopped at one moment, in UTC: the review checks judge 'today' by it, so tests do not age.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public FixedClock(string now)
        : this(DateTimeOffset.Parse(now, CultureInfo.InvariantCulture))
    {
    }

    public override DateTimeOffset GetUtcNow() => now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
