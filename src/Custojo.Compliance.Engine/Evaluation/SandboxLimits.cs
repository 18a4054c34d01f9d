using Custojo.Compliance.Engine.Workspace;

namespace Custojo.Compliance.Engine.Evaluation;

/// <summary>The budget of one control's check (and of a policy file's top level).</summary>
public sealed record SandboxLimits(TimeSpan TimeLimit, long MaxAllocatedBytes)
{
    public static SandboxLimits Default { get; } = new(TimeSpan.FromSeconds(10), 4096L * 1024 * 1024);

    /// <summary>The limits a workspace's <c>check</c> settings give.</summary>
    internal static SandboxLimits Of(CheckConfig check) =>
        new(TimeSpan.FromSeconds(check.ControlTimeoutSeconds), check.MaxAllocationMegabytes * 1024L * 1024);

    /// <summary>
    /// How long past the time limit a thread may take to notice cancellation (at its next loop or call)
    /// before the engine gives up waiting for it.
    /// </summary>
    public TimeSpan Grace => TimeSpan.FromSeconds(2);
}
