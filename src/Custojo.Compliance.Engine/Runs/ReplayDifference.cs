using Custojo.Compliance.Sdk.Results;

namespace Custojo.Compliance.Engine.Runs;

/// <summary>A control whose replayed result is not byte-identical to the stored one; an outcome is null where the control is missing.</summary>
public sealed record ReplayDifference(string ControlId, Outcome? Stored, Outcome? Replayed, string StoredMessage, string ReplayedMessage);
