using Custojo.Compliance.Analyzers.Tests.Support;
using Custojo.Compliance.Engine.Compilation;
using Custojo.Compliance.Sdk.Controls;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Custojo.Compliance.Analyzers.Tests.Compilation;

public sealed class PolicyCompilationFactoryTests : IDisposable
{
    private readonly TestPack _pack = new();

    public void Dispose() => _pack.Dispose();

    [Fact]
    public void Valid_policy_compiles_as_a_script_without_any_diagnostic()
    {
        _pack.Catalogue("TST-REQ-01").Write("backup/db.csx", Policies.Control());

        var compilation = _pack.Factory.Create("backup/db.csx");
        var diagnostics = Analysis.Run(compilation);

        Assert.True(diagnostics.IsEmpty, Analysis.Describe(diagnostics));
        var tree = Assert.Single(compilation.SyntaxTrees);
        Assert.Equal("backup/db.csx", tree.FilePath);
        Assert.Equal(SourceCodeKind.Script, tree.Options.Kind);
        Assert.Equal(typeof(PolicyGlobals), compilation.ScriptCompilationInfo!.GlobalsType);
    }

    [Fact]
    public void Absolute_policy_path_becomes_pack_relative_so_nothing_absolute_leaks()
    {
        _pack.Write("backup/db.csx", "var x = ;");

        var compilation = _pack.Factory.Create(Path.Combine(_pack.Root, "backup", "db.csx"));
        var error = Assert.Single(compilation.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);

        Assert.Equal("backup/db.csx", error.Location.GetLineSpan().Path);
        Assert.DoesNotContain(_pack.Root, compilation.SyntaxTrees.Single().FilePath, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_are_explicit_debug_deterministic_nullable_and_safe()
    {
        var options = _pack.Factory.Create(_pack.Write("a/b.csx", "").Root + "/a/b.csx").Options;

        Assert.Equal(OptimizationLevel.Debug, options.OptimizationLevel);
        Assert.True(options.Deterministic);
        Assert.False(options.AllowUnsafe);
        Assert.Equal(NullableContextOptions.Enable, options.NullableContextOptions);
        Assert.Null(options.MetadataReferenceResolver);
        Assert.Equal(
            "System System.Collections.Generic System.Linq Custojo.Compliance.Sdk.Controls Custojo.Compliance.Sdk.Evidence Custojo.Compliance.Sdk.Results Custojo.Compliance.Sdk.Time",
            string.Join(" ", options.Usings));
    }

    [Fact]
    public void References_are_reference_assemblies_from_the_output_folder_plus_the_sdk()
    {
        var paths = PolicyCompilationFactory.References.OfType<PortableExecutableReference>().Select(r => r.FilePath!).ToList();

        Assert.Contains(paths, p => p.EndsWith("policy-refs/System.Runtime.dll", StringComparison.Ordinal));
        Assert.Contains(paths, p => p.EndsWith("Custojo.Compliance.Sdk.dll", StringComparison.Ordinal));
        Assert.All(paths.Where(p => p.Contains("policy-refs", StringComparison.Ordinal)), p => Assert.True(IsReferenceAssembly(p), p + " is not a reference assembly"));
        Assert.DoesNotContain(paths, p => Path.GetFileName(p) is "System.Console.dll" or "System.Diagnostics.Process.dll" or "System.Net.Sockets.dll" or "System.Threading.Thread.dll");
    }

    [Theory]
    [InlineData("System.Console.WriteLine(\"hi\");")]
    [InlineData("System.Diagnostics.Process.Start(\"sh\");")]
    [InlineData("new System.Net.Sockets.Socket(default, default, default);")]
    [InlineData("new System.Threading.Thread(() => { }).Start();")]
    public void Apis_outside_the_reference_set_do_not_even_compile(string statement)
    {
        _pack.Write("x/hostile.csx", statement);

        var errors = _pack.Factory.Create("x/hostile.csx").GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error);

        Assert.NotEmpty(errors);
    }

    [Fact]
    public void Load_inside_the_pack_brings_the_shared_script_under_its_pack_relative_path()
    {
        _pack.Catalogue("TST-REQ-01")
            .Write("lib/helpers.csx", "static string Greeting() => \"ok\";")
            .Write("backup/db.csx", "#load \"../lib/helpers.csx\"\n" + Policies.Control(check: "ctx => ctx.Pass(Greeting())"));

        var compilation = _pack.Factory.Create("backup/db.csx");

        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Equal(["backup/db.csx", "lib/helpers.csx"], compilation.SyntaxTrees.Select(t => t.FilePath).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("../../outside.csx")]
    [InlineData("../../policies/../outside.csx")]
    public void Load_outside_the_pack_resolves_to_nothing_and_is_reported_with_its_location(string path)
    {
        File.WriteAllText(Path.Combine(_pack.Workspace, "outside.csx"), "static int Secret() => 42;");
        _pack.Write("backup/db.csx", $"#load \"{path}\"\n");

        var compilation = _pack.Factory.Create("backup/db.csx");
        var diagnostics = Analysis.Run(compilation);

        Assert.Single(compilation.SyntaxTrees);
        var outside = Assert.Single(diagnostics, d => d.Id == "CJ0021");
        Assert.Equal(0, outside.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Contains(diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Id.StartsWith("CS", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_of_an_absolute_path_is_refused()
    {
        var outside = Path.Combine(_pack.Workspace, "outside.csx");
        File.WriteAllText(outside, "static int Secret() => 42;");
        _pack.Write("backup/db.csx", $"#load \"{outside}\"\n");

        var diagnostics = Analysis.Run(_pack.Factory.Create("backup/db.csx"));

        Assert.Contains(diagnostics, d => d.Id == "CJ0021");
    }

    [Fact]
    public void Load_through_a_symbolic_link_leading_out_of_the_pack_resolves_to_nothing()
    {
        var outside = Path.Combine(_pack.Workspace, "outside.csx");
        File.WriteAllText(outside, "static int Secret() => 42;");
        Directory.CreateDirectory(Path.Combine(_pack.Root, "lib"));
        File.CreateSymbolicLink(Path.Combine(_pack.Root, "lib", "sneaky.csx"), outside);
        _pack.Write("backup/db.csx", "#load \"../lib/sneaky.csx\"\nvar x = Secret();");

        var compilation = _pack.Factory.Create("backup/db.csx");

        Assert.Single(compilation.SyntaxTrees);
        Assert.Contains(compilation.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void Reference_directive_never_resolves_and_is_reported()
    {
        _pack.Write("backup/db.csx", "#r \"System.Net.Http.dll\"\n");

        var diagnostics = Analysis.Run(_pack.Factory.Create("backup/db.csx"));

        var reference = Assert.Single(diagnostics, d => d.Id == "CJ0020");
        Assert.Equal(0, reference.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void Policy_outside_the_pack_is_refused_with_a_clear_message()
    {
        var error = Assert.Throws<ArgumentException>(() => _pack.Factory.Create(Path.Combine(_pack.Workspace, "elsewhere.csx")));

        Assert.Contains("is not inside the pack", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compiler_fingerprint_names_roslyn_runtime_options_and_references_and_is_stable()
    {
        var fingerprint = PolicyCompilationFactory.CompilerFingerprint;

        Assert.Contains("roslyn=" + typeof(CSharpCompilation).Assembly.GetName().Version, fingerprint, StringComparison.Ordinal);
        Assert.Contains("runtime=.NET", fingerprint, StringComparison.Ordinal);
        Assert.Contains("nullable=Enable", fingerprint, StringComparison.Ordinal);
        Assert.Contains("System.Runtime.dll:", fingerprint, StringComparison.Ordinal);
        Assert.DoesNotContain(_pack.Root, fingerprint, StringComparison.Ordinal);
        Assert.Equal(fingerprint, PolicyCompilationFactory.CompilerFingerprint);
    }

    [Fact]
    public void Compilation_for_a_run_skips_the_nullable_warnings_a_lint_reports_and_keeps_every_error()
    {
        // #load-ed files must follow the run's parse options too.
        _pack.Write("lib/helpers.csx", "string Helper() { string h = null; return h; }");
        _pack.Write("x/policy.csx", "#load \"../lib/helpers.csx\"\nstring s = null;\nint n = \"not a number\";");

        var lint = _pack.Factory.Create("x/policy.csx").GetDiagnostics();
        var run = new PolicyCompilationFactory(_pack.Root, forRun: true).Create("x/policy.csx").GetDiagnostics();

        Assert.Contains(lint, d => d.Id == "CS8625" && d.Location.GetLineSpan().Path == "x/policy.csx");
        Assert.Contains(lint, d => d.Id == "CS8600" && d.Location.GetLineSpan().Path == "lib/helpers.csx");
        Assert.DoesNotContain(run, d => d.Id.StartsWith("CS86", StringComparison.Ordinal));
        var errors = (IEnumerable<Diagnostic> all) => all.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString());
        Assert.Equal(["x/policy.csx(3,9): error CS0029: Cannot implicitly convert type 'string' to 'int'"], errors(run));
        Assert.Equal(errors(lint), errors(run));
    }

    [Fact]
    public void Compiler_fingerprint_names_every_reference_by_the_module_version_roslyn_reads_from_it()
    {
        var identities = PolicyCompilationFactory.References.Select(r =>
        {
            var module = ((AssemblyMetadata)((PortableExecutableReference)r).GetMetadata()).GetModules()[0];
            return module.Name + ":" + module.GetModuleVersionId().ToString("N", System.Globalization.CultureInfo.InvariantCulture);
        });

        Assert.EndsWith("refs=" + string.Join(",", identities), PolicyCompilationFactory.CompilerFingerprint, StringComparison.Ordinal);
    }

    [Fact]
    public void Compiler_fingerprint_names_the_run_parse_features()
    {
        Assert.Contains("features=run-nullable-analysis:never", PolicyCompilationFactory.CompilerFingerprint, StringComparison.Ordinal);
    }

    private static bool IsReferenceAssembly(string path)
    {
        using var pe = new System.Reflection.PortableExecutable.PEReader(File.OpenRead(path));
        var reader = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
        return reader.GetAssemblyDefinition().GetCustomAttributes()
            .Select(h => reader.GetCustomAttribute(h).Constructor)
            .Select(c => c.Kind switch
            {
                System.Reflection.Metadata.HandleKind.MemberReference => reader.GetMemberReference((System.Reflection.Metadata.MemberReferenceHandle)c).Parent,
                System.Reflection.Metadata.HandleKind.MethodDefinition => reader.GetMethodDefinition((System.Reflection.Metadata.MethodDefinitionHandle)c).GetDeclaringType(),
                _ => default(System.Reflection.Metadata.EntityHandle),
            })
            .Any(t => t.Kind switch
            {
                System.Reflection.Metadata.HandleKind.TypeReference => reader.GetString(reader.GetTypeReference((System.Reflection.Metadata.TypeReferenceHandle)t).Name) == "ReferenceAssemblyAttribute",
                System.Reflection.Metadata.HandleKind.TypeDefinition => reader.GetString(reader.GetTypeDefinition((System.Reflection.Metadata.TypeDefinitionHandle)t).Name) == "ReferenceAssemblyAttribute",
                _ => false,
            });
    }
}
