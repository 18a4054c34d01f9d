using Custojo.Compliance.Sdk.Controls;

namespace Custojo.Compliance.Engine.Tests.Parameters;

/// <summary>A control declaring a parameter of every supported type, shared by the parameter tests.</summary>
internal static class ParameterControls
{
    public static ControlDefinition EveryType { get; } = new()
    {
        Id = "BKP-DB-01",
        Title = "Full database backup every day",
        Parameters =
        [
            new("maxGap", typeof(TimeSpan), TimeSpan.FromHours(24), "Longest allowed time between full backups"),
            new("retries", typeof(int), 3, "Attempts"),
            new("quotaBytes", typeof(long), 10_000_000_000L, "Storage quota"),
            new("minHitRate", typeof(double), 0.9, "Minimum cache hit rate"),
            new("requireMfa", typeof(bool), true, "Require MFA"),
            new("environment", typeof(string), "production", "Environment"),
            new("hosts", typeof(string[]), new[] { "db1" }, "Hosts"),
        ],
    };
}
