using System.ComponentModel;

namespace Custojo.Compliance.Sdk.Sandbox;

/// <summary>
/// Calls the engine inserts into policy code at every loop iteration and every method or lambda entry.
/// Policy authors never call it (the analyzer refuses it); it enforces the per-control time, stack and
/// allocation budgets of <see cref="SandboxBudget"/>.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class Guard
{
    /// <summary>Observed at each loop iteration.</summary>
    public static void Tick() => SandboxBudget.Current?.Check();

    /// <summary>Observed at each method, local function or lambda entry.</summary>
    public static void Enter()
    {
        var budget = SandboxBudget.Current;
        if (budget is null) return;
        budget.Check();
        if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw new SandboxViolationException("The control recursed too deeply (runaway recursion). Bound the recursion or use a loop.");
    }
}
