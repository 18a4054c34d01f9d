namespace Custojo.Compliance.Evidence.Demo.Timelines;

/// <summary>
/// Jitter rounded to whole seconds: tools report times to the second, and findings then read
/// "7d 1h 4m 27s" rather than a run of fractional digits.
/// </summary>
internal static class WholeSecondJitter
{
    /// <summary>A jitter of up to ± <paramref name="spread"/> in whole seconds, deterministic by the seed.</summary>
    public static TimeSpan JitterSeconds(this DemoContext context, TimeSpan spread) =>
        TimeSpan.FromSeconds(Math.Round(context.Jitter(spread).TotalSeconds));
}
