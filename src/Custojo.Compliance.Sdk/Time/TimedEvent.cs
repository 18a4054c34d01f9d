using Custojo.Compliance.Sdk.Results;

namespace Custojo.Compliance.Sdk.Time;

/// <summary>An instant with the evidence record behind it, if any: what the cadence scanners consume.</summary>
internal readonly record struct TimedEvent(DateTimeOffset At, EvidenceRef? Ref);
