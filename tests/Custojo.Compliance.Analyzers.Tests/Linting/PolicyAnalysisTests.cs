using Custojo.Compliance.Analyzers.Tests.Support;
using Custojo.Compliance.Engine.Linting;

namespace Custojo.Compliance.Analyzers.Tests.Linting;

public sealed class PolicyAnalysisTests : IDisposable
{
    private readonly TestPack _pack = new();

    public PolicyAnalysisTests() => _pack.Catalogue("TST-REQ-01", "TST-REQ-02");

    public void Dispose() => _pack.Dispose();

    [Fact]
    public void Pack_policies_are_section_scripts_not_shared_scripts_or_fixtures()
    {
        _pack.Write("backup/db.csx", Policies.Control("BKP-DB-01"))
            .Write("access/ssh.csx", Policies.Control("ACC-SSH-01"))
            .Write("lib/helpers.csx", "static int Helper() => 1;")
            .Write("backup/tests/BKP-DB-01/pass.json", "{}")
            .Write("backup/tests/BKP-DB-01/scratch.csx", "var x = ;")
            .Write("top.csx", "var x = ;")
            .Write(".trash/old.csx", "var x = ;");

        Assert.Equal(["access/ssh.csx", "backup/db.csx"], _pack.Analysis.PolicyFiles());
    }

    [Fact]
    public void Clean_pack_lints_clean_except_unimplemented_requirements()
    {
        _pack.Write("backup/db.csx", Policies.Control("BKP-DB-01"));

        var report = _pack.Analysis.AnalysePack();

        var unimplemented = Assert.Single(report.Diagnostics);
        Assert.Equal(("CJ0117", LintSeverity.Warning, "guide/requirements.json", 8), (unimplemented.Id, unimplemented.Severity, unimplemented.File, unimplemented.Line));
        Assert.Contains("'TST-REQ-02'", unimplemented.Message, StringComparison.Ordinal);
        Assert.False(report.HasErrors);
    }

    [Fact]
    public void Control_id_declared_in_two_files_is_reported_in_the_later_file()
    {
        _pack.Write("access/ssh.csx", Policies.Control("DUP-CTL-01"))
            .Write("backup/db.csx", "// second\n" + Policies.Control("DUP-CTL-01", extra: ".Implements(\"TST-REQ-02\")"));

        var report = _pack.Analysis.AnalysePack();

        var duplicate = Assert.Single(report.Diagnostics);
        Assert.Equal(("CJ0103", "backup/db.csx", 2, 1), (duplicate.Id, duplicate.File, duplicate.Line, duplicate.Column));
        Assert.Contains("also declared at access/ssh.csx:1:1", duplicate.Message, StringComparison.Ordinal);
        Assert.True(report.HasErrors);
    }

    [Fact]
    public void Diagnostic_in_a_shared_script_is_reported_once_under_its_own_path()
    {
        _pack.Write("lib/clock.csx", "static DateTime Now() => DateTime.UtcNow;")
            .Write("backup/db.csx", "#load \"../lib/clock.csx\"\n" + Policies.Control("BKP-DB-01"))
            .Write("backup/files.csx", "#load \"../lib/clock.csx\"\n" + Policies.Control("BKP-FS-01", extra: ".Implements(\"TST-REQ-02\")"));

        var report = _pack.Analysis.AnalysePack();

        var clock = Assert.Single(report.Diagnostics);
        Assert.Equal(("CJ0012", "lib/clock.csx", 1, 26), (clock.Id, clock.File, clock.Line, clock.Column));
    }

    [Fact]
    public void Report_is_ordered_by_file_line_column_and_id()
    {
        _pack.Write("b/two.csx", "var a = DateTime.Now;\nvar b = Environment.MachineName;")
            .Write("a/one.csx", "GC.Collect();\n" + Policies.Control("ONE-CTL-01", extra: ".Implements(\"TST-REQ-02\")"));

        var report = _pack.Analysis.AnalysePack();

        Assert.Equal(["a/one.csx:1:1 CJ0011", "b/two.csx:1:9 CJ0012", "b/two.csx:2:9 CJ0004"], report.Diagnostics.Select(d => $"{d.File}:{d.Line}:{d.Column} {d.Id}"));
    }

    public static TheoryData<string, string> HostilePolicies => new()
    {
        { "reads a file", "var secret = System.IO.File.ReadAllText(\"/etc/shadow\");" },
        { "opens a socket", "var socket = new System.Net.Sockets.Socket(default, default, default);" },
        { "starts a process", "System.Diagnostics.Process.Start(\"sh\");" },
        { "ends the process", "Environment.Exit(1);" },
        { "reaches File by reflection", "Type.GetType(\"System.IO.File\")!.GetMethod(\"ReadAllText\")!.Invoke(null, new object[] { \"/etc/shadow\" });" },
        { "starts a thread", "new System.Threading.Thread(() => { }).Start();" },
        { "queues a task", "System.Threading.Tasks.Task.Run(() => { });" },
        { "calls native code", "[System.Runtime.InteropServices.DllImport(\"libc\")] static extern int kill(int pid, int sig);" },
        { "uses unsafe code", "unsafe { int x = 0; int* p = &x; *p = 1; }" },
        { "reads the clock", "var now = DateTime.Now;" },
        { "references an assembly", "#r \"/tmp/evil.dll\"" },
        { "loads a script outside the pack", "#load \"../../outside.csx\"" },
        { "writes to the console", "Console.WriteLine(\"hello\");" },
    };

    [Theory]
    [MemberData(nameof(HostilePolicies))]
    public void Hostile_policy_gets_an_error_so_it_is_never_executed(string what, string source)
    {
        var analysis = _pack.AnalysePolicy(source + "\n" + Policies.Control(), "hostile/policy.csx");

        Assert.True(analysis.HasErrors, what + ": " + string.Join("\n", analysis.Diagnostics));
        Assert.Equal("hostile/policy.csx", analysis.FirstError!.File);
        Assert.Equal(1, analysis.FirstError.Line);
    }

    [Fact]
    public void File_analysis_exposes_the_analysed_compilation_for_emit()
    {
        var analysis = _pack.AnalysePolicy(Policies.Control());

        Assert.Equal("test/policy.csx", analysis.Compilation.SyntaxTrees.Single().FilePath);
    }

    [Fact]
    public void File_analysis_keeps_the_models_its_analyzers_bound_for_the_policy_and_every_script_it_loads()
    {
        _pack.Write("lib/helpers.csx", "static int Twice(int x) => x * 2;")
            .Write("backup/db.csx", "#load \"../lib/helpers.csx\"\n" + Policies.Control("BKP-DB-01"));

        var analysis = _pack.Analysis.AnalyseFile("backup/db.csx");

        Assert.Equal(2, analysis.Compilation.SyntaxTrees.Count());
        foreach (var tree in analysis.Compilation.SyntaxTrees)
        {
            var model = analysis.ModelOf(tree);
            Assert.Same(model, analysis.ModelOf(tree));
            Assert.Same(tree, model.SyntaxTree);
            // A model made afresh belongs to the analysed compilation; the analyzers' belongs to the analysis's copy of it.
            Assert.NotSame(analysis.Compilation, model.Compilation);
        }
    }

    [Fact]
    public void File_analysis_gives_a_model_of_its_own_compilation_for_a_tree_its_analyzers_did_not_reach()
    {
        var analysed = _pack.Write("backup/db.csx", Policies.Control("BKP-DB-01")).Factory.Create("backup/db.csx");
        var analysis = new FileAnalysis("backup/db.csx", [], analysed, new BoundModels(), CancellationToken.None);
        var tree = analysed.SyntaxTrees.Single();

        var model = analysis.ModelOf(tree);

        Assert.Same(analysed, model.Compilation);
        Assert.Same(tree, model.SyntaxTree);
        Assert.Equal("BKP-DB-01", Assert.Single(analysis.Controls).Id);
    }
}
