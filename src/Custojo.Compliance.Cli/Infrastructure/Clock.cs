using System.Globalization;

namespace Custojo.Compliance.Cli.Infrastructure;

/// <summary>
/// The one clock of the CLI, injected into the libraries. CUSTOJO_NOW (an ISO 8601 instant with offset)
/// pins it, so runs and tests can be reproduced exactly.
/// </summary>
internal static class Clock
{
    public static TimeProvider Provider { get; } = Create();

    private static TimeProvider Create()
    {
        var pinned = Environment.GetEnvironmentVariable("CUSTOJO_NOW");
        if (string.IsNullOrWhiteSpace(pinned)) return TimeProvider.System;
        if (!DateTimeOffset.TryParse(pinned, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant) || !HasOffset(pinned))
            throw new Custojo.Compliance.Evidence.InputException($"CUSTOJO_NOW='{pinned}' is not an instant with an offset. Use e.g. 2026-11-24T12:00:00Z, or unset it.");
        return new PinnedTimeProvider(instant);
    }

    private static bool HasOffset(string text) =>
        text.EndsWith('Z') || text.EndsWith('z') || text.LastIndexOfAny(['+', '-']) > text.IndexOf('T', StringComparison.Ordinal);

    private sealed class PinnedTimeProvider(DateTimeOffset instant) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => instant.ToUniversalTime();
    }
}
