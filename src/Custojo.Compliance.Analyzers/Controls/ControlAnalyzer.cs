using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Custojo.Compliance.Analyzers.Controls;

/// <summary>
/// Base of the control metadata rules: finds the control declarations of each file once the Sdk is known,
/// then hands them to the rule.
/// </summary>
public abstract class ControlAnalyzer : DiagnosticAnalyzer
{
    public sealed override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            if (SdkTypes.Resolve(start.Compilation) is not { } sdk) return;
            var state = CreateState(start.Options, start.CancellationToken);
            start.RegisterAdditionalFileAction(file => AnalyzeAdditionalFile(file, state));
            start.RegisterSemanticModelAction(model =>
            {
                var chains = ControlChainReader.Read(model.SemanticModel, sdk, model.CancellationToken);
                if (chains.Count > 0) Analyze(new ControlRuleContext(model, sdk, state), chains);
            });
        });
    }

    /// <summary>Per-compilation state of the rule (e.g. the requirement catalogue), created once.</summary>
    private protected virtual object? CreateState(AnalyzerOptions options, CancellationToken cancellation) => null;

    /// <summary>Checks an additional file of the compilation (e.g. the requirement catalogue itself).</summary>
    private protected virtual void AnalyzeAdditionalFile(AdditionalFileAnalysisContext context, object? state)
    {
    }

    private protected abstract void Analyze(ControlRuleContext context, IReadOnlyList<ControlChain> chains);
}
