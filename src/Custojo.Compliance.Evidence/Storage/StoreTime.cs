namespace Custojo.Compliance.Evidence.Storage;

/// <summary>Instants as stored: 100-ns ticks since the Unix epoch, UTC.</summary>
internal static class StoreTime
{
    public static long ToTicks(DateTimeOffset instant) => instant.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks;

    public static DateTimeOffset FromTicks(long ticks) => new(ticks + DateTimeOffset.UnixEpoch.UtcTicks, TimeSpan.Zero);
}
