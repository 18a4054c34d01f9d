namespace Custojo.Compliance.Engine.Runs;

/// <summary>A run as listed from the workspace database: its execution number and the run itself.</summary>
/// <param name="Sequence">Execution number in this workspace (1, 2, ...); the same inputs give the same run id but a new sequence.</param>
public sealed record StoredRun(long Sequence, RunResult Run);
