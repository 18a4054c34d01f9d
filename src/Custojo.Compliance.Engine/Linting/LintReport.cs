namespace Custojo.Compliance.Engine.Linting;

/// <summary>Every diagnostic of a policy pack (compiler, analyzers, pack rules), in file, position, id order.</summary>
public sealed class LintReport(IReadOnlyList<string> files, IReadOnlyList<LintDiagnostic> diagnostics)
{
    /// <summary>The analysed policy files, pack-relative, in ordinal order.</summary>
    public IReadOnlyList<string> Files { get; } = files;

    public IReadOnlyList<LintDiagnostic> Diagnostics { get; } = diagnostics;

    public int ErrorCount => Diagnostics.Count(d => d.Severity == LintSeverity.Error);

    public int WarningCount => Diagnostics.Count(d => d.Severity == LintSeverity.Warning);

    /// <summary>Whether lint fails (exit 1): any error-level diagnostic.</summary>
    public bool HasErrors => ErrorCount > 0;
}
