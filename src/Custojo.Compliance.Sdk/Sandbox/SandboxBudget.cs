namespace Custojo.Compliance.Sdk.Sandbox;

/// <summary>
/// The budget of the control running on the current thread: a cancellation token (time limit) and an
/// allocation ceiling. Installed by the engine around each check; a thread without one is unguarded.
/// </summary>
internal sealed class SandboxBudget(CancellationToken cancellation, long maxAllocatedBytes)
{
    [ThreadStatic] private static SandboxBudget? _current;

    private readonly long _allocationCeiling = GC.GetAllocatedBytesForCurrentThread() + maxAllocatedBytes;

    public static SandboxBudget? Current => _current;

    public static IDisposable Install(SandboxBudget budget)
    {
        var previous = _current;
        _current = budget;
        return new Restore(previous);
    }

    public void Check()
    {
        if (cancellation.IsCancellationRequested)
            throw new SandboxViolationException("The control exceeded its time limit (runaway loop or too much work). Simplify the check or raise check.controlTimeoutSeconds.");
        if (GC.GetAllocatedBytesForCurrentThread() > _allocationCeiling)
            throw new SandboxViolationException($"The control allocated more than {maxAllocatedBytes / (1024 * 1024)} MiB (runaway allocation). Stream evidence instead of collecting it.");
    }

    private sealed class Restore(SandboxBudget? previous) : IDisposable
    {
        public void Dispose() => _current = previous;
    }
}
