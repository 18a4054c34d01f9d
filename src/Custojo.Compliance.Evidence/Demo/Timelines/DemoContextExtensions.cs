namespace Custojo.Compliance.Evidence.Demo.Timelines;

/// <summary>Helpers of the demo timelines over <see cref="DemoContext"/>.</summary>
internal static class DemoContextExtensions
{
    /// <summary>
    /// A jitter of up to ± <paramref name="spread"/> in whole seconds, deterministic by the seed: scheduled jobs
    /// log whole seconds, and findings then show times people can read.
    /// </summary>
    public static TimeSpan WholeSecondsJitter(this DemoContext context, TimeSpan spread)
    {
        var seconds = (int)spread.TotalSeconds;
        return TimeSpan.FromSeconds(context.Random.Next(-seconds, seconds + 1));
    }
}
