using Custojo.Compliance.Engine.Evaluation;
using Custojo.Compliance.Engine.Runs;
using Custojo.Compliance.Engine.Waivers;
using static Custojo.Compliance.Engine.Tests.Waivers.Waivers;

namespace Custojo.Compliance.Engine.Tests.Waivers;

public sealed class WaiverRunIdentityTests
{
    private static RunResult Run(WaiverSet waivers) => new()
    {
        RunId = "",
        Organisation = "Acme",
        Installation = "prod",
        From = Now.AddDays(-30),
        To = Now,
        TimeZone = "UTC",
        PackName = "pack",
        PackVersion = "1",
        PackFingerprint = "f",
        Policies = [],
        Parameters = new Dictionary<string, IReadOnlyDictionary<string, string>>(),
        EvidenceChainHead = "h",
        EvidenceCount = 1,
        EngineVersion = "0",
        StartedAt = Now,
        EndedAt = Now,
        Waivers = waivers,
        Results = [],
    };

    private static string Id(WaiverSet waivers) => RunIdentity.Of(Run(waivers), ControlSelection.All);

    [Fact]
    public void The_same_waivers_in_the_same_states_give_the_same_id_whenever_the_check_runs()
    {
        var waiver = Waiver("WVR-0001", "BKP-DB-03", Now.AddDays(60));

        Assert.Equal(Id(Set(waiver)), Id(Set(waiver) with { DecidedAt = Now.AddDays(2) }));
    }

    [Fact]
    public void A_changed_waiver_or_a_changed_state_gives_another_id()
    {
        var waiver = Waiver("WVR-0001", "BKP-DB-03", Now.AddDays(60));

        Assert.NotEqual(Id(Set()), Id(Set(waiver)));
        Assert.NotEqual(Id(Set(waiver)), Id(Set(waiver with { Approver = "Someone else" })));
        Assert.NotEqual(Id(Set(waiver)), Id(Set(waiver) with { DecidedAt = Now.AddDays(50) }));
    }
}
