using Custojo.Compliance.Engine.Caching;
using Custojo.Compliance.Engine.Compilation;
using Custojo.Compliance.Engine.Linting;
using Custojo.Compliance.Engine.Packs;
using Custojo.Compliance.Engine.Runs;
using Custojo.Compliance.Sdk.Controls;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Custojo.Compliance.Engine.Loading;

/// <summary>
/// Turns a policy file into an emitted assembly: analysis first (a file with an error diagnostic never
/// runs), then guard injection and emit. Emitted assemblies are cached on disk by a SHA-256 over the
/// normalised sources of every loaded file, the pack-relative paths, the Sdk, analyzer, Roslyn and
/// runtime identities, the compilation options and the requirement catalogue — never absolute paths,
/// so moving the workspace keeps the cache.
/// </summary>
internal sealed class PolicyCompiler
{
    private readonly CompiledPolicyCache? _cache;
    private readonly Lazy<PolicyCompilationFactory> _factory;
    private readonly Lazy<PolicyAnalysis> _analysis;
    private readonly Lazy<string> _environmentKey;
    private readonly SourceHashCache? _sources;

    public PolicyCompiler(PolicyPack pack, CompiledPolicyCache? cache)
    {
        _cache = cache;
        // Made on the first miss: a check whose policies all come from the cache never needs Roslyn's compilation objects.
        _factory = new Lazy<PolicyCompilationFactory>(() => new PolicyCompilationFactory(pack.Root, forRun: true));
        _analysis = new Lazy<PolicyAnalysis>(() => new PolicyAnalysis(_factory.Value));
        _environmentKey = new Lazy<string>(() => EnvironmentKey(pack));
        _sources = cache is null ? null : new SourceHashCache(Path.Combine(cache.Directory, "sources"), new PackSourceResolver(pack.Root));
    }

    public PolicyCompileResult Compile(PolicyFile file)
    {
        if (_sources?.TryHash(file.RelativePath) is { } knownHash && FromCache(file, knownHash) is { } hit) return hit;

        var compilation = _factory.Value.Create(file.FullPath);
        var sourceHash = SourceHash(compilation);
        _sources?.Remember(file.RelativePath, [.. compilation.SyntaxTrees.Select(t => t.FilePath)], sourceHash);
        if (FromCache(file, sourceHash) is { } cachedResult) return cachedResult;

        var analysis = _analysis.Value.Analyse(compilation);
        if (analysis.HasErrors)
            return new PolicyCompileResult(null, [.. analysis.Diagnostics.Where(d => d.Severity == LintSeverity.Error)], FromCache: false);

        var guarded = _factory.Value.WithGuards(analysis.Compilation, analysis.ModelOf);
        using var image = new MemoryStream();
        var emitted = guarded.Emit(image);
        if (!emitted.Success)
            return new PolicyCompileResult(null, [.. emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => LintDiagnostics.From(d, file.RelativePath)).OfType<LintDiagnostic>()], FromCache: false);

        var entry = guarded.GetEntryPoint(CancellationToken.None)
            ?? throw new InvalidOperationException($"{file.RelativePath}: the script compilation has no entry point.");
        var entryInfo = new CacheEntryInfo(MetadataName(entry.ContainingType), entry.MetadataName);
        var bytes = image.ToArray();
        _cache?.Put(CacheKey(sourceHash), bytes, entryInfo);
        return new PolicyCompileResult(new CompiledPolicy(file, sourceHash, bytes, entryInfo.EntryType, entryInfo.EntryMethod), [], FromCache: false);
    }

    /// <summary>Computes what every cache key shares (the Roslyn, runtime, reference and catalogue identities) ahead of the first lookup.</summary>
    public void PrepareCacheKeys()
    {
        if (_cache is not null) _ = _environmentKey.Value;
    }

    private PolicyCompileResult? FromCache(PolicyFile file, string sourceHash) =>
        _cache is not null && _cache.TryGet(CacheKey(sourceHash), out var image, out var info)
            ? new PolicyCompileResult(new CompiledPolicy(file, sourceHash, image, info.EntryType, info.EntryMethod), [], FromCache: true)
            : null;

    private string CacheKey(string sourceHash) => PolicySourceHash.Sha256Hex(sourceHash + "\n" + _environmentKey.Value);

    /// <summary>The hash a run records for <paramref name="file"/> (see <see cref="PolicyHash"/>), without analysing or emitting it.</summary>
    public string SourceHashOf(PolicyFile file) => SourceHash(_factory.Value.Create(file.FullPath));

    /// <summary>SHA-256 over the pack-relative path and normalised text of the file and every file it loads.</summary>
    private static string SourceHash(CSharpCompilation compilation) =>
        PolicySourceHash.Of(compilation.SyntaxTrees.Select(t => (t.FilePath, t.GetText().ToString())));

    private static string EnvironmentKey(PolicyPack pack)
    {
        var catalogue = File.Exists(pack.CataloguePath) ? PolicySourceHash.Normalise(File.ReadAllText(pack.CataloguePath)) : "";
        return string.Join('\n',
            "sdk " + typeof(PolicyGlobals).Assembly.ManifestModule.ModuleVersionId,
            "engine " + typeof(PolicyCompiler).Assembly.ManifestModule.ModuleVersionId,
            "roslyn " + typeof(CSharpCompilation).Assembly.GetName().Version,
            "runtime " + Environment.Version,
            "compiler " + PolicyCompilationFactory.CompilerFingerprint,
            "catalogue " + PolicySourceHash.Sha256Hex(catalogue));
    }

    private static string MetadataName(INamedTypeSymbol type) =>
        type.ContainingNamespace is { IsGlobalNamespace: false } ns ? $"{ns.ToDisplayString()}.{type.MetadataName}" : type.MetadataName;
}
