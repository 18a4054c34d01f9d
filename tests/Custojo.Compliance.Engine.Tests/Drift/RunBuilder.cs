using Custojo.Compliance.Engine.Runs;
using Custojo.Compliance.Engine.Waivers;
using Custojo.Compliance.Sdk.Results;

namespace Custojo.Compliance.Engine.Tests.Drift;

/// <summary>Builds small runs for diff tests: controls with outcomes, parameters and waivers, applied through the real waiver application.</summary>
internal sealed class RunBuilder(string runId)
{
    public static readonly DateTimeOffset DecidedAt = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    private readonly List<ControlRunResult> _results = [];
    private readonly Dictionary<string, IReadOnlyDictionary<string, string>> _parameters = new(StringComparer.Ordinal);
    private readonly List<Waiver> _waivers = [];

    public RunBuilder Control(string id, Outcome outcome, params (string Name, string Value)[] parameters)
    {
        _results.Add(new ControlRunResult
        {
            ControlId = id,
            Title = $"Title of {id}",
            Severity = "high",
            Section = "Backup Management",
            Requirements = ["BKP-DB-03"],
            Frameworks = [],
            Remediation = "Fix it.",
            PolicyFile = "backup/database.csx",
            Outcome = outcome,
            Message = OutcomeSpelling.Name(outcome),
            Findings = outcome == Outcome.Fail ? [new Finding("gap") { Subject = "db-01" }] : [],
            Evidence = [],
        });
        _parameters[id] = parameters.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
        return this;
    }

    public RunBuilder Waiver(string id, string controlId, DateTimeOffset expires)
    {
        _waivers.Add(new Waiver
        {
            Id = id,
            ControlId = controlId,
            Justification = "Accepted until the migration.",
            Approver = "ciso",
            Created = DecidedAt.AddDays(-30),
            Expires = expires,
        });
        return this;
    }

    public RunResult Build()
    {
        var waivers = new WaiverSet { Items = _waivers, DecidedAt = DecidedAt, WarnWithinDays = 14 };
        var ordered = _results.OrderBy(r => r.ControlId, StringComparer.Ordinal).ToList();
        return new RunResult
        {
            RunId = runId,
            Organisation = "Acme",
            Installation = "prod",
            From = new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero),
            To = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero),
            TimeZone = "UTC",
            PackName = "custojo",
            PackVersion = "1.0.0",
            PackFingerprint = "f",
            Policies = [],
            Parameters = _parameters,
            EvidenceChainHead = "h",
            EvidenceCount = 1,
            EngineVersion = "test",
            StartedAt = DecidedAt,
            EndedAt = DecidedAt,
            Waivers = waivers,
            Results = WaiverApplication.Apply(ordered, waivers),
        };
    }
}
