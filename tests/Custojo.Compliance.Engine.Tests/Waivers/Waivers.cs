using Custojo.Compliance.Engine.Runs;
using Custojo.Compliance.Engine.Waivers;
using Custojo.Compliance.Sdk.Results;

namespace Custojo.Compliance.Engine.Tests.Waivers;

/// <summary>Waivers and results to apply them to, decided at a fixed instant.</summary>
internal static class Waivers
{
    public static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    public static Waiver Waiver(string id, string control, DateTimeOffset expires, string? scope = null, DateTimeOffset? created = null) => new()
    {
        Id = id,
        ControlId = control,
        Scope = scope,
        Justification = "Storage migration until December",
        Approver = "Dana Ops",
        Ticket = "CHG-1",
        Created = created ?? Now.AddDays(-10),
        Expires = expires,
    };

    public static WaiverSet Set(params Waiver[] waivers) => new() { Items = waivers, DecidedAt = Now, WarnWithinDays = 14 };

    public static ControlRunResult Result(string control, Outcome outcome, params string?[] subjects) => new()
    {
        ControlId = control,
        Title = control,
        Severity = "high",
        Section = "Backup",
        Requirements = [],
        Frameworks = [],
        Remediation = "",
        PolicyFile = "backup/x.csx",
        Outcome = outcome,
        Message = $"{control} is {outcome}",
        Findings = [.. subjects.Select(s => new Finding($"finding on {s}") { Subject = s })],
        Evidence = [],
    };
}
