using Custojo.Compliance.Sdk.Sandbox;

namespace Custojo.Compliance.Engine.Evaluation;

/// <summary>
/// Runs untrusted policy code on its own thread with a time limit, an allocation ceiling and a
/// stack on which the guard's depth check fires long before a stack overflow. Whatever the
/// code does (throws, loops, recurses, allocates), the caller gets an outcome and the process goes on.
/// </summary>
internal sealed class Sandbox(TimeProvider clock)
{
    // Small enough that runaway recursion hits the guard quickly and unwinds fast (unwinding costs per frame).
    private const int StackBytes = 2 * 1024 * 1024;

    public SandboxOutcome<T> Run<T>(string what, SandboxLimits limits, Func<T> work)
    {
        using var deadline = new CancellationTokenSource(limits.TimeLimit, clock);
        SandboxOutcome<T>? outcome = null;
        var thread = new Thread(() => outcome = Execute(what, limits, deadline.Token, work), StackBytes)
        {
            IsBackground = true,
            Name = $"custojo-sandbox {what}",
        };
        thread.Start();
        if (!thread.Join(limits.TimeLimit + limits.Grace))
        {
            // The code is stuck where no guard runs (inside a framework call). It cannot be aborted;
            // it is abandoned on a background thread and the run goes on.
            return new SandboxOutcome<T>(default, $"{what} did not stop within its time limit of {limits.TimeLimit.TotalSeconds:0.#} s and was abandoned.");
        }
        return outcome ?? new SandboxOutcome<T>(default, $"{what} ended without a result.");
    }

    private static SandboxOutcome<T> Execute<T>(string what, SandboxLimits limits, CancellationToken token, Func<T> work)
    {
        try
        {
            using (SandboxBudget.Install(new SandboxBudget(token, limits.MaxAllocatedBytes)))
                return new SandboxOutcome<T>(work(), null);
        }
        catch (System.Reflection.TargetInvocationException ex) when (ex.InnerException is not null)
        {
            return Failed<T>(what, ex.InnerException);
        }
#pragma warning disable CA1031 // Policies are untrusted: every exception becomes an error result.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return Failed<T>(what, ex);
        }
    }

    private static SandboxOutcome<T> Failed<T>(string what, Exception exception)
    {
        switch (exception)
        {
            case SandboxViolationException violation:
                return new SandboxOutcome<T>(default, $"{what}: {violation.Message}");
            case OutOfMemoryException:
                return new SandboxOutcome<T>(default, $"{what}: ran out of memory (runaway allocation). Stream evidence instead of collecting it.");
            case InsufficientExecutionStackException:
                return new SandboxOutcome<T>(default, $"{what}: recursed too deeply (runaway recursion).");
            case AggregateException { InnerException: { } first }:
                return Failed<T>(what, first);
            default:
                return new SandboxOutcome<T>(default, $"{what} threw {exception.GetType().Name}: {exception.Message}");
        }
    }
}
