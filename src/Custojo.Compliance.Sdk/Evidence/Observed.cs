using Custojo.Compliance.Sdk.Results;

namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>An evidence record as stored: its reference (id = content hash, kind, time) and its typed content.</summary>
public sealed record Observed<T>(EvidenceRef Ref, T Record) where T : EvidenceRecord
{
    /// <summary>When the record happened (its kind's time property), in UTC.</summary>
    public DateTimeOffset At => Ref.ObservedAt;
}
