using Custojo.Compliance.Engine.Runs;
using Custojo.Compliance.Engine.Waivers;
using Custojo.Compliance.Sdk.Results;

namespace Custojo.Compliance.Reporting.Tests.Fixtures;

/// <summary>
/// The sample run with three waivers applied by the engine at the window's end: an active one (BKP-DB-03, fail),
/// one expiring soon (BKP-MV-01, no-evidence) and an expired one that is not applied (BKP-DB-02, made to fail).
/// </summary>
internal static class WaivedRuns
{
    public static readonly Waiver Active = new()
    {
        Id = "WVR-0001",
        ControlId = "BKP-DB-03",
        Scope = "db-prod-*",
        Justification = "WAL archiving moves to the new storage cluster; gaps accepted during the migration.",
        Approver = "Dana Ops (CISO)",
        Ticket = "CHG-2411",
        Created = SampleRuns.WindowTo.AddDays(-20),
        Expires = new DateTimeOffset(2026, 12, 31, 23, 0, 0, TimeSpan.Zero),
        ResidualRisk = "Up to 3 h 30 min of transactions could be lost on a failure during the migration.",
    };

    public static readonly Waiver ExpiringSoon = new()
    {
        Id = "WVR-0002",
        ControlId = "BKP-MV-01",
        Justification = "Restore lab is being rebuilt.",
        Approver = "Sam Lead",
        Created = SampleRuns.WindowTo.AddDays(-60),
        Expires = SampleRuns.WindowTo.AddDays(6),
    };

    public static readonly Waiver Expired = new()
    {
        Id = "WVR-0003",
        ControlId = "BKP-DB-02",
        Justification = "Old exception for the incremental schedule.",
        Approver = "Former Manager",
        Ticket = "CHG-1999",
        Created = SampleRuns.WindowTo.AddDays(-100),
        Expires = SampleRuns.WindowTo.AddDays(-10),
    };

    public static RunResult Create()
    {
        var sample = SampleRuns.Demo();
        var results = sample.Results
            .Select(r => r.ControlId == "BKP-DB-02" ? r with { Outcome = Outcome.Fail, Message = "An incremental backup gap of 9 h exceeds 6 h." } : r)
            .Where(r => r.ControlId != "UPD-DEP-01")
            .ToList();
        var waivers = new WaiverSet { Items = [Active, ExpiringSoon, Expired], DecidedAt = SampleRuns.WindowTo, WarnWithinDays = 14 };
        return sample with { Waivers = waivers, Results = WaiverApplication.Apply(results, waivers) };
    }
}
