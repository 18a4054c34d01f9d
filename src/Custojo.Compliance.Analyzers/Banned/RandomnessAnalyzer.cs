using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Custojo.Compliance.Analyzers.Banned;

/// <summary>
/// CJ0013: unseeded randomness — <c>new Random()</c> without a seed, <c>Random.Shared</c>,
/// <c>Guid.NewGuid()</c>/<c>Guid.CreateVersion7()</c> and the cryptographic random generators.
/// <c>new Random(seed)</c> is deterministic and allowed.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class RandomnessAnalyzer : BannedApiAnalyzer
{
    protected override DiagnosticDescriptor Rule => Descriptors.Randomness;

    internal override bool IsBanned(in ApiSymbol symbol) =>
        (symbol.Symbol is IMethodSymbol { MethodKind: MethodKind.Constructor, Parameters.Length: 0 } && symbol.TypeName == "System.Random")
        || symbol.IsMember("System.Random", "Shared")
        || symbol.IsMemberOf("System.Guid", "NewGuid", "CreateVersion7")
        || symbol.InType("System.Security.Cryptography.RandomNumberGenerator")
        || symbol.InType("System.Security.Cryptography.RNGCryptoServiceProvider");
}
