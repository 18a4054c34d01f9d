namespace Custojo.Compliance.Engine.Evaluation;

/// <summary>The value a sandboxed piece of policy code returned, or why it has none.</summary>
internal sealed record SandboxOutcome<T>(T? Value, string? Error)
{
    public bool Succeeded => Error is null;
}
