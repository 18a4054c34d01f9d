using Custojo.Compliance.Sdk.Evidence;

namespace Custojo.Compliance.Sdk.Tests.Time;

/// <summary>A minimal evidence record for cadence tests: something happened on a host.</summary>
internal sealed record Ping(string Host) : EvidenceRecord;
