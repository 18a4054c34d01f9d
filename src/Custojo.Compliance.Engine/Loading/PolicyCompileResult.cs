using Custojo.Compliance.Engine.Linting;

namespace Custojo.Compliance.Engine.Loading;

/// <summary>A policy file compiled (from the cache or fresh), or the error diagnostics that stop it running.</summary>
internal sealed record PolicyCompileResult(CompiledPolicy? Policy, IReadOnlyList<LintDiagnostic> Errors, bool FromCache);
