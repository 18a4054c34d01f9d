using System.Collections.Immutable;
using Custojo.Compliance.Analyzers.Banned;
using Custojo.Compliance.Analyzers.Controls;
using Custojo.Compliance.Analyzers.Directives;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Custojo.Compliance.Analyzers;

/// <summary>Every analyzer a policy compilation is checked with, in id order.</summary>
public static class PolicyAnalyzers
{
    public static ImmutableArray<DiagnosticAnalyzer> All { get; } =
    [
        new FileSystemAnalyzer(),
        new NetworkAnalyzer(),
        new ProcessAnalyzer(),
        new EnvironmentAnalyzer(),
        new ReflectionAnalyzer(),
        new AssemblyLoadingAnalyzer(),
        new ThreadingAnalyzer(),
        new UnsafeCodeAnalyzer(),
        new InteropAnalyzer(),
        new ConsoleAnalyzer(),
        new GarbageCollectorAnalyzer(),
        new WallClockAnalyzer(),
        new RandomnessAnalyzer(),
        new SandboxInternalsAnalyzer(),
        new DebuggingAnalyzer(),
        new FinalizerAnalyzer(),
        new ReferenceDirectiveAnalyzer(),
        new LoadDirectiveAnalyzer(),
        new ControlDeclarationAnalyzer(),
        new ControlIdAnalyzer(),
        new ControlTitleAnalyzer(),
        new ControlRemediationAnalyzer(),
        new ControlSeverityAnalyzer(),
        new ControlRequirementAnalyzer(),
        new ControlCheckAnalyzer(),
        new ControlParameterAnalyzer(),
    ];
}
