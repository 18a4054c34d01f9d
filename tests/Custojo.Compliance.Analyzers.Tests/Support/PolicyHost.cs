using System.Runtime.Loader;
using Custojo.Compliance.Sdk.Controls;
using Custojo.Compliance.Sdk.Querying;
using Custojo.Compliance.Sdk.Results;
using Custojo.Compliance.Sdk.Sandbox;
using Custojo.Compliance.Sdk.Time;
using Microsoft.CodeAnalysis.CSharp;

namespace Custojo.Compliance.Analyzers.Tests.Support;

/// <summary>
/// Just enough of a host to run an emitted policy in tests: emit, load into a collectible context, run the
/// script to declare its controls, and run a check under a sandbox budget.
/// </summary>
internal static class PolicyHost
{
    public static readonly AuditWindow Window = new(new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), TimeZoneInfo.Utc);

    /// <summary>Emits <paramref name="compilation"/> and runs its script body under <paramref name="budget"/> (if any).</summary>
    public static IReadOnlyList<ControlDefinition> Declare(CSharpCompilation compilation, SandboxBudget? budget = null)
    {
        using var pe = new MemoryStream();
        var emitted = compilation.Emit(pe);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        pe.Position = 0;

        var context = new AssemblyLoadContext("policy-test", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(pe);
            var entryPoint = compilation.GetEntryPoint(CancellationToken.None)!;
            var type = assembly.GetType(entryPoint.ContainingType.MetadataName, throwOnError: true)!;
            var factory = type.GetMethod(entryPoint.MetadataName, System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic)!;
            var globals = new PolicyGlobals();
            using (budget is null ? null : SandboxBudget.Install(budget))
            {
                try
                {
                    ((Task)factory.Invoke(null, [new object?[] { globals, null }])!).GetAwaiter().GetResult();
                }
                catch (System.Reflection.TargetInvocationException invocation) when (invocation.InnerException is { } inner)
                {
                    System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(inner);
                }
            }

            return globals.Build();
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>Runs one control's check on an empty evidence store under <paramref name="budget"/>.</summary>
    public static ControlResult Run(ControlDefinition control, SandboxBudget budget)
    {
        var context = new CheckContext(control.Id, Window, control.Parameters.ToDictionary(p => p.Name, p => p.DefaultValue), new EmptySource());
        using (SandboxBudget.Install(budget))
            return control.Check!(context);
    }

    public static SandboxBudget Budget(TimeSpan timeLimit, long maxBytes = 256L * 1024 * 1024) =>
        new(new CancellationTokenSource(timeLimit).Token, maxBytes);

    private sealed class EmptySource : IEvidenceSource
    {
        public IEnumerable<StoredEvidence> Query(string kind, DateTimeOffset fromInclusive, DateTimeOffset toExclusive, string? subject) => [];
    }
}
