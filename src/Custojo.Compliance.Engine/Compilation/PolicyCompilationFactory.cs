using System.Collections.Immutable;
using System.Globalization;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using System.Text;
using Custojo.Compliance.Sdk.Controls;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Custojo.Compliance.Engine.Compilation;

/// <summary>
/// Builds policy compilations one way, for analysis, emit and tests alike: each <c>.csx</c> parsed as a
/// C# script (latest language) under its pack-relative path, compiled as a script whose globals are
/// <see cref="PolicyGlobals"/>, with explicit options (debug, deterministic, nullable, safe code only, the
/// default imports), the fixed reference set, <c>#load</c> confined to the pack and no <c>#r</c> resolution.
/// The one difference between a lint and a compile to run is the compiler's nullable analysis, which only a
/// lint runs (see <see cref="RunParseOptions"/>).
/// </summary>
internal sealed class PolicyCompilationFactory
{
    /// <summary>The namespaces every policy imports without a <c>using</c>.</summary>
    public static readonly ImmutableArray<string> DefaultImports =
    [
        "System", "System.Collections.Generic", "System.Linq",
        "Custojo.Compliance.Sdk.Controls", "Custojo.Compliance.Sdk.Evidence", "Custojo.Compliance.Sdk.Results", "Custojo.Compliance.Sdk.Time",
    ];

    /// <summary>How policy scripts are parsed for a lint (and by default).</summary>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Parse, SourceCodeKind.Script);

    /// <summary>
    /// How policy scripts are parsed to be run: as <see cref="ParseOptions"/>, without the compiler's nullable analysis.
    /// It only ever reports warnings and a run keeps only errors, so the lint reports it and a compile for a check
    /// skips it (about a sixth of a compile's CPU); binding, the analyzers' diagnostics and the emitted code are the same.
    /// </summary>
    public static readonly CSharpParseOptions RunParseOptions = ParseOptions.WithFeatures([new("run-nullable-analysis", "never")]);

    /// <summary>
    /// The script's return type. Roslyn binds a script's return and globals types by the identity of their runtime
    /// assembly, and <c>typeof(object)</c> lives in System.Private.CoreLib, which a compilation against reference
    /// assemblies does not have (CS0400). A policy's value is never used, so the type is taken from the Sdk:
    /// a script ending in a declaration without its ';' returns that builder, any other script returns null.
    /// The emitted <c>&lt;Factory&gt;</c> therefore returns <c>Task&lt;ControlBuilder&gt;</c>.
    /// </summary>
    public static readonly Type ReturnType = typeof(ControlBuilder);

    private readonly PackSourceResolver _resolver;
    private readonly CSharpCompilationOptions _options;
    private readonly CSharpParseOptions _parseOptions;

    /// <param name="packRoot">The pack folder (holding pack.json).</param>
    /// <param name="forRun">Whether the compilations are compiled to run (<see cref="RunParseOptions"/>) rather than linted.</param>
    public PolicyCompilationFactory(string packRoot, bool forRun = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(packRoot);
        if (!Directory.Exists(packRoot))
            throw new DirectoryNotFoundException($"The policy pack folder '{packRoot}' does not exist. Pass the folder holding pack.json (--policies DIR).");
        _resolver = new PackSourceResolver(packRoot);
        _options = Options.WithSourceReferenceResolver(_resolver);
        _parseOptions = forRun ? RunParseOptions : ParseOptions;
    }

    /// <summary>The pack folder, absolute.</summary>
    public string PackRoot => _resolver.Root;

    /// <summary>The fixed references of every policy: reference assemblies and the Sdk.</summary>
    public static IReadOnlyList<MetadataReference> References => PolicyReferences.All;

    /// <summary>The compilation options (without the pack's source resolver).</summary>
    public static CSharpCompilationOptions Options { get; } = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            usings: DefaultImports,
            // Debug marks the assembly debuggable, so the runtime compiles its methods without optimising them. Policies
            // run in a collectible load context, where the runtime never tiers code: in Release every method is fully
            // optimised on its first call, and that costs a warm check more than the optimised code saves (most policy
            // code runs once a run; the records it loops over are read by the Sdk, which is precompiled and tiered).
            optimizationLevel: OptimizationLevel.Debug,
            checkOverflow: false,
            allowUnsafe: false,
            platform: Platform.AnyCpu,
            warningLevel: 9999,
            deterministic: true,
            nullableContextOptions: NullableContextOptions.Enable)
        .WithMetadataReferenceResolver(null)
        .WithXmlReferenceResolver(null)
        .WithStrongNameProvider(null);

    /// <summary>
    /// Roslyn, runtime, language, options and reference identities of a compile to run (<see cref="RunParseOptions"/>;
    /// the cache holds only those) in one string: part of every cache key, so a change to any of them recompiles.
    /// </summary>
    public static string CompilerFingerprint => Fingerprint.Value;

    private static readonly Lazy<string> Fingerprint = new(ComputeFingerprint);

    /// <summary>Parses and compiles one policy file (absolute or pack-relative path) for analysis.</summary>
    public CSharpCompilation Create(string policyPath)
    {
        var relative = _resolver.ToPackRelative(policyPath)
            ?? throw new ArgumentException($"The policy '{policyPath}' is not inside the pack '{PackRoot}'. Put policies under <pack>/<section>/.", nameof(policyPath));
        if (!_resolver.IsInsidePack(relative))
            throw new FileNotFoundException($"The policy '{relative}' does not exist in the pack '{PackRoot}' (or links outside it).", relative);

        SourceText text;
        using (var stream = _resolver.OpenRead(relative))
            text = SourceText.From(stream, Encoding.UTF8, SourceHashAlgorithm.Sha256, throwIfBinaryDetected: true, canBeEmbedded: true);
        return Create(relative, text, _options);
    }

    /// <summary>
    /// The compilation to emit: every tree of <paramref name="analysed"/> (the policy and each <c>#load</c>-ed
    /// script) with the sandbox's guard calls injected by <see cref="GuardRewriter"/>, original lines kept.
    /// </summary>
    /// <param name="models">
    /// The semantic model of each tree, bound already by the analysis (<c>FileAnalysis.ModelOf</c>); without it each
    /// tree is bound again. The rewriter asks which delegates return a value and which are expression trees.
    /// </param>
    public CSharpCompilation WithGuards(CSharpCompilation analysed, Func<SyntaxTree, SemanticModel>? models = null)
    {
        ArgumentNullException.ThrowIfNull(analysed);
        models ??= tree => ModelWithoutNullability(analysed, tree);
        var guarded = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var tree in analysed.SyntaxTrees)
        {
            var root = new GuardRewriter(models(tree)).Visit(tree.GetRoot());
            guarded[tree.FilePath] = root.ToFullString();
        }

        var loaded = LoadedPaths(analysed);
        var main = analysed.SyntaxTrees.Single(t => !loaded.Contains(t.FilePath));
        var resolver = new GuardedSourceResolver(analysed.Options.SourceReferenceResolver ?? _resolver, guarded);
        var text = SourceText.From(guarded[main.FilePath], Encoding.UTF8, SourceHashAlgorithm.Sha256);
        return Create(main.FilePath, text, analysed.Options.WithSourceReferenceResolver(resolver), analysed.References);
    }

    /// <summary>A semantic model of <paramref name="tree"/> that skips nullable analysis (its answers about symbols and types are the same).</summary>
    public static SemanticModel ModelWithoutNullability(CSharpCompilation compilation, SyntaxTree tree)
    {
#pragma warning disable RSEXPERIMENTAL001 // SemanticModelOptions is marked for evaluation (roslyn#70609).
        return compilation.GetSemanticModel(tree, SemanticModelOptions.DisableNullableAnalysis);
#pragma warning restore RSEXPERIMENTAL001
    }

    private CSharpCompilation Create(string packRelativePath, SourceText text, CSharpCompilationOptions options, IEnumerable<MetadataReference>? references = null)
    {
        var tree = CSharpSyntaxTree.ParseText(text, _parseOptions, packRelativePath);
        return CSharpCompilation.CreateScriptCompilation(
            AssemblyNameFor(packRelativePath), tree, references ?? References, options,
            previousScriptCompilation: null, returnType: ReturnType, globalsType: typeof(PolicyGlobals));
    }

    /// <summary>A valid, stable assembly name per policy path, e.g. <c>policy.backup.database_backups</c>.</summary>
    private static string AssemblyNameFor(string packRelativePath)
    {
        var name = new StringBuilder("policy.");
        foreach (var c in Path.ChangeExtension(packRelativePath, null))
            name.Append(c == '/' ? '.' : char.IsAsciiLetterOrDigit(c) || c == '-' ? c : '_');
        return name.ToString();
    }

    private static HashSet<string> LoadedPaths(CSharpCompilation compilation)
    {
        var resolver = compilation.Options.SourceReferenceResolver;
        var loaded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (tree.GetRoot() is not Microsoft.CodeAnalysis.CSharp.Syntax.CompilationUnitSyntax unit) continue;
            foreach (var directive in unit.GetLoadDirectives())
            {
                if (resolver?.ResolveReference(directive.File.ValueText, tree.FilePath) is { } path) loaded.Add(path);
            }
        }

        return loaded;
    }

    private static string ComputeFingerprint()
    {
        var roslyn = typeof(CSharpCompilation).Assembly.GetName().Version;
        var references = string.Join(",", PolicyReferences.Files.Select(ModuleIdentity));
        var features = string.Join("+", RunParseOptions.Features.Keys.Order(StringComparer.Ordinal).Select(key => key + ":" + RunParseOptions.Features[key]));
        var options = Options;
        // Enums are turned into text by ToString(): interpolating them would compile a formatting method per enum
        // type on first use, a few milliseconds of every check.
        return string.Create(CultureInfo.InvariantCulture,
            $"roslyn={roslyn};runtime={RuntimeInformation.FrameworkDescription};lang={RunParseOptions.LanguageVersion.MapSpecifiedToEffectiveVersion().ToString()};" +
            $"features={features};" +
            $"kind={options.OutputKind.ToString()};opt={options.OptimizationLevel.ToString()};overflow={options.CheckOverflow};unsafe={options.AllowUnsafe};" +
            $"nullable={options.NullableContextOptions.ToString()};warn={options.WarningLevel};platform={options.Platform.ToString()};" +
            $"usings={string.Join("+", options.Usings)};globals={typeof(PolicyGlobals).FullName};refs={references}");
    }

    /// <summary>
    /// "name:mvid" of an assembly's manifest module, read with System.Reflection.Metadata: a cache hit then never
    /// loads the references into Roslyn, which took a tenth of a one-control evaluation.
    /// </summary>
    private static string ModuleIdentity(string assemblyFile)
    {
        using var pe = new PEReader(File.OpenRead(assemblyFile));
        var metadata = pe.GetMetadataReader();
        var module = metadata.GetModuleDefinition();
        return metadata.GetString(module.Name) + ":" + metadata.GetGuid(module.Mvid).ToString("N", CultureInfo.InvariantCulture);
    }
}
