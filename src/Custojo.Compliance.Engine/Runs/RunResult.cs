using Custojo.Compliance.Sdk.Results;

namespace Custojo.Compliance.Engine.Runs;

/// <summary>
/// One evaluation of the pack over a window, as persisted and as every report renders it.
/// All reports (table, JSON, JUnit, SARIF, Markdown, CSV, OSCAL, PDF) render from this one model.
/// </summary>
public sealed record RunResult
{
    public required string RunId { get; init; }
    public required string Organisation { get; init; }
    public required string Installation { get; init; }
    /// <summary>Window start (inclusive), UTC.</summary>
    public required DateTimeOffset From { get; init; }
    /// <summary>Window end (exclusive), UTC.</summary>
    public required DateTimeOffset To { get; init; }
    /// <summary>IANA time zone of the installation, used to show times.</summary>
    public required string TimeZone { get; init; }
    /// <summary>When set, only evidence imported at or before this instant was used (<c>check --as-of</c>).</summary>
    public DateTimeOffset? AsOf { get; init; }
    public required string PackName { get; init; }
    public required string PackVersion { get; init; }
    /// <summary>SHA-256 over every policy hash of the pack.</summary>
    public required string PackFingerprint { get; init; }
    public required IReadOnlyList<PolicyHash> Policies { get; init; }
    /// <summary>Parameters in effect, per control id, values rendered invariantly.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Parameters { get; init; }
    public required string EvidenceChainHead { get; init; }
    public required long EvidenceCount { get; init; }
    public required string EngineVersion { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public required DateTimeOffset EndedAt { get; init; }
    /// <summary>The waivers this run considered and the instant their states were decided at.</summary>
    public Waivers.WaiverSet Waivers { get; init; } = Engine.Waivers.WaiverSet.None;
    /// <summary>One result per evaluated control, ordered by control id.</summary>
    public required IReadOnlyList<ControlRunResult> Results { get; init; }
}

/// <summary>A policy file of the pack and the SHA-256 of its normalised source (with its #load files).</summary>
public sealed record PolicyHash(string File, string Sha256);

/// <summary>A control's metadata and its result in one run.</summary>
public sealed record ControlRunResult
{
    public required string ControlId { get; init; }
    public required string Title { get; init; }
    public required string Severity { get; init; }
    /// <summary>The guide section path, e.g. "Backup Management › Backup Strategy › Database Backups".</summary>
    public required string Section { get; init; }
    public required IReadOnlyList<string> Requirements { get; init; }
    public required IReadOnlyList<Sdk.Controls.FrameworkMapping> Frameworks { get; init; }
    public required string Remediation { get; init; }
    /// <summary>Pack-relative path of the policy file, '/' separated.</summary>
    public required string PolicyFile { get; init; }
    public required Outcome Outcome { get; init; }
    public required string Message { get; init; }
    public required IReadOnlyList<Finding> Findings { get; init; }
    public required IReadOnlyList<EvidenceRef> Evidence { get; init; }
    /// <summary>The waiver naming this control in this run, applied or not; null when none does.</summary>
    public Waivers.WaiverStatus? Waiver { get; init; }
}
