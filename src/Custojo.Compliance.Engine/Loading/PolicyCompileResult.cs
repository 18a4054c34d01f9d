using Microsoft.CodeAnalysis;

namespace Custojo.Compliance.Engine.Loading;

/// <summary>A policy file compiled (from the cache or fresh), or the error diagnostics that stop it running.</summary>
internal sealed record PolicyCompileResult(CompiledPolicy? Policy, IReadOnlyList<Diagnostic> Errors, bool FromCache);
