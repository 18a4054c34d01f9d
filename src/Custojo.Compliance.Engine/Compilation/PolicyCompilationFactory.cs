using System.Collections.Immutable;
using System.Text;
using Custojo.Compliance.Sdk.Controls;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Custojo.Compliance.Engine.Compilation;

// Interim factory (runtime references, no guard rewriting); replaced by the analyzers branch.
internal sealed class PolicyCompilationFactory(string packRoot)
{
    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.Latest, kind: SourceCodeKind.Script);

    public static IReadOnlyList<MetadataReference> References { get; } =
        [.. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p) is "System.Runtime.dll" or "System.Private.CoreLib.dll" or "System.Linq.dll" or "System.Collections.dll")
            .Append(typeof(PolicyGlobals).Assembly.Location)
            .Select(p => MetadataReference.CreateFromFile(p))];

    public static string CompilerFingerprint => "interim";

    public CSharpCompilation Create(string policyPath)
    {
        var relative = Path.GetRelativePath(packRoot, policyPath).Replace('\\', '/');
        var tree = CSharpSyntaxTree.ParseText(SourceText.From(File.ReadAllText(policyPath), Encoding.UTF8), ParseOptions, relative);
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary,
            usings: ["System", "System.Collections.Generic", "System.Linq", "Custojo.Compliance.Sdk.Controls", "Custojo.Compliance.Sdk.Evidence", "Custojo.Compliance.Sdk.Results", "Custojo.Compliance.Sdk.Time"],
            optimizationLevel: OptimizationLevel.Release, deterministic: true, nullableContextOptions: NullableContextOptions.Enable,
            sourceReferenceResolver: new SourceFileResolver(ImmutableArray<string>.Empty, packRoot));
        return CSharpCompilation.CreateScriptCompilation("policy-" + relative.Replace('/', '-'), tree, References, options, null, typeof(object), typeof(PolicyGlobals));
    }

    public CSharpCompilation WithGuards(CSharpCompilation analysed) => analysed;
}
