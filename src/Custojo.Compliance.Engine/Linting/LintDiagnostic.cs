namespace Custojo.Compliance.Engine.Linting;

/// <summary>
/// One diagnostic of a policy pack: a compiler error, an analyzer rule or a pack rule. <see cref="File"/> is
/// relative to the pack with '/'; lines and columns are 1-based, the end is exclusive as in the compiler.
/// </summary>
public sealed record LintDiagnostic(
    string Id,
    LintSeverity Severity,
    string Message,
    string File,
    int Line,
    int Column,
    int EndLine,
    int EndColumn)
{
    /// <summary>The rule's one-line title (empty for compiler diagnostics that have none).</summary>
    public string Title { get; init; } = "";

    /// <summary>The rule's category, e.g. <c>Custojo.Sandbox</c>, <c>Custojo.Metadata</c> or <c>Compiler</c>.</summary>
    public string Category { get; init; } = "";

    /// <summary>The compiler-style line: <c>file:line:col: error CJ0001: message</c>.</summary>
    public override string ToString() =>
        $"{File}:{Line}:{Column}: {Severity.ToString().ToLowerInvariant()} {Id}: {Message}";
}
