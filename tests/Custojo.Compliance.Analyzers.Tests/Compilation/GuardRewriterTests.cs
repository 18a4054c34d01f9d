using Custojo.Compliance.Analyzers.Tests.Support;
using Custojo.Compliance.Engine.Compilation;
using Custojo.Compliance.Engine.Linting;
using Custojo.Compliance.Sdk.Sandbox;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Custojo.Compliance.Analyzers.Tests.Compilation;

public sealed class GuardRewriterTests : IDisposable
{
    private const string GuardEnter = "global::Custojo.Compliance.Sdk.Sandbox.Guard.Enter();";
    private const string GuardTick = "global::Custojo.Compliance.Sdk.Sandbox.Guard.Tick();";

    private readonly TestPack _pack = new();

    public void Dispose() => _pack.Dispose();

    public static TheoryData<string, string> Shapes => new()
    {
        { "loops", """
            var total = 0;
            for (var i = 0; i < 3; i++) total += i;
            for (var i = 0; i < 3; i++)
                total += i;
            foreach (var x in new[] { 1, 2 }) { total += x; }
            foreach (var (a, b) in new[] { (1, 2) }) total += a + b;
            while (total < 10) total++;
            do total--; while (total > 5);
            do
            {
                total--;
            }
            while (total > 3);
            """ },
        { "labels and goto", """
            var n = 0;
            again: n++;
            if (n < 3) goto again;
            switch (n)
            {
                case 3: n = 4; goto case 4;
                case 4:
                    n = 5;
                    break;
                default: break;
            }
            void Local() { start: if (n++ < 10) goto start; }
            Local();
            """ },
        { "expression bodies", """
            int Twice(int x) => x * 2;
            void Nothing() => Twice(1);
            int Fail() => throw new InvalidOperationException("no");
            ref int First(int[] items) => ref items[0];
            var f = (int x) => x + 1;
            Func<int, int> g = x => Twice(x);
            Action h = () => Nothing();
            Func<string, string> anon = delegate (string s) { return s.Trim(); };
            var q = new[] { 3, 1, 2 }.Where(x => x > 1).Select(x => new { x, y = f(x) }).OrderBy(p => p.y).ToList();
            var ok = Twice(f(g(1))) + First(new[] { 1 });
            """ },
        { "types and members", """
            sealed class Counter
            {
                private int _value;
                public Counter() => _value = 1;
                public Counter(int start) { _value = start; }
                public int Value => _value;
                public int Doubled { get => _value * 2; set => _value = value / 2; }
                public int this[int i] => _value + i;
                public event EventHandler? Changed { add { } remove { } }
                public static Counter operator +(Counter a, Counter b) => new(a._value + b._value);
                public static implicit operator int(Counter c) => c._value;
                public override string ToString() => $"Counter {_value}";
                public IEnumerable<int> Upto(int n) { for (var i = 0; i < n; i++) yield return i; }
            }
            record Pair(int A, int B) { public int Sum => A + B; }
            int v = new Counter() + new Counter(2);
            var p = new Pair(1, 2).Sum + new Counter(3)[1] + new Counter().Upto(3).Sum();
            """ },
        { "exceptions", """
            var r = 0;
            try { r = int.Parse("x"); }
            catch (FormatException) { r = -1; }
            catch { }
            finally { r++; }
            try { r = 1; } catch (Exception e) when (e.Message.Length > 0) { r = 2; }
            """ },
        { "policy", Policies.Control(check: """
            ctx =>
                ctx.Evidence<EvidenceRecord>().Any()
                    ? ctx.Pass("evidence")
                    : ctx.NoEvidence("none")
            """) },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Rewritten_code_still_compiles_and_keeps_every_line(string shape, string source)
    {
        _pack.Catalogue("TST-REQ-01").Write("shapes/shape.csx", source);
        var factory = _pack.Factory;
        var analysed = factory.Create("shapes/shape.csx");
        Assert.True(analysed.GetDiagnostics().All(d => d.Severity != DiagnosticSeverity.Error), shape + ": " + Analysis.Describe(analysed.GetDiagnostics()));

        var guarded = factory.WithGuards(analysed);

        var errors = guarded.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, shape + ":\n" + Analysis.Describe(errors) + "\n" + guarded.SyntaxTrees.Single());
        AssertSameLines(analysed.SyntaxTrees.Single(), guarded.SyntaxTrees.Single());
        Assert.Contains("Guard.", guarded.SyntaxTrees.Single().ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Rewrite_asking_the_models_the_analysis_bound_gives_the_code_a_fresh_binding_gives(string shape, string source)
    {
        _pack.Catalogue("TST-REQ-01").Write("lib/helpers.csx", "static int LibTwice(int x) => x * 2;\nstatic Func<int, int> LibAdd(int n) => x => LibTwice(x) + n;")
            .Write("shapes/shape.csx", "#load \"../lib/helpers.csx\"\n" + source);
        var factory = new PolicyCompilationFactory(_pack.Root, forRun: true);
        var analysis = new PolicyAnalysis(factory).AnalyseFile("shapes/shape.csx");

        var withAnalysisModels = factory.WithGuards(analysis.Compilation, analysis.ModelOf);
        var withFreshModels = factory.WithGuards(analysis.Compilation);

        Assert.Equal(2, withFreshModels.SyntaxTrees.Count());
        foreach (var tree in withFreshModels.SyntaxTrees)
        {
            var rewritten = withAnalysisModels.SyntaxTrees.Single(t => t.FilePath == tree.FilePath).ToString();
            Assert.True(rewritten == tree.ToString(), $"{shape}, {tree.FilePath}:\n{rewritten}\n---\n{tree}");
        }

        Assert.DoesNotContain(withAnalysisModels.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
    }

    [Fact]
    public void Every_loop_label_switch_section_and_catch_ticks_and_every_body_enters()
    {
        var guarded = Guard("""
            for (;;) { break; }
            while (true) break;
            do { } while (false);
            foreach (var x in new int[0]) { }
            l: ;
            switch (1) { case 1: break; }
            try { } catch { }
            int F() => 1;
            var g = () => 2;
            """);

        Assert.Equal(7, Count(guarded, GuardTick));
        Assert.Equal(2, Count(guarded, GuardEnter));
    }

    [Fact]
    public void Lambda_converted_to_an_expression_tree_is_left_alone()
    {
        // Expression trees are not in the policy reference set: add the assembly as an IDE would.
        _pack.Write("shapes/tree.csx", """
            using System.Linq.Expressions;
            Expression<Func<int, int>> tree = x => x + 1;
            Func<int, int> code = x => x + 1;
            """);
        var factory = _pack.Factory;
        var analysed = factory.Create("shapes/tree.csx").AddReferences(Analysis.IdeReferences);

        var guarded = factory.WithGuards(analysed);

        Assert.Empty(guarded.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Equal(1, Count(guarded.SyntaxTrees.Single().ToString(), GuardEnter));
    }

    [Fact]
    public void Loaded_scripts_are_guarded_too()
    {
        _pack.Catalogue("TST-REQ-01")
            .Write("lib/spin.csx", "static int Spin(int n) { var i = 0; while (i < n) i++; return i; }")
            .Write("shapes/main.csx", "#load \"../lib/spin.csx\"\nvar s = Spin(3);");
        var factory = _pack.Factory;

        var guarded = factory.WithGuards(factory.Create("shapes/main.csx"));

        var lib = guarded.SyntaxTrees.Single(t => t.FilePath == "lib/spin.csx").ToString();
        Assert.Contains(GuardEnter, lib, StringComparison.Ordinal);
        Assert.Contains(GuardTick, lib, StringComparison.Ordinal);
        Assert.Empty(guarded.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Theory]
    [InlineData("while (true) { }")]
    [InlineData("for (;;) { }")]
    [InlineData("var n = 0; again: n++; goto again;")]
    [InlineData("var n = 0; while (true) { try { while (true) n++; } catch { } }")]
    public void Runaway_loop_in_a_check_stops_at_the_time_limit(string loop)
    {
        var control = DeclareOne(Policies.ControlRunning(loop));

        var error = Assert.Throws<SandboxViolationException>(() => PolicyHost.Run(control, PolicyHost.Budget(TimeSpan.FromMilliseconds(200))));

        Assert.Contains("time limit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Runaway_recursion_stops_before_the_stack_overflows()
    {
        var control = DeclareOne(Policies.ControlRunning("int Down(int n) => Down(n + 1) + 1;\nDown(0);"));

        var error = Assert.Throws<SandboxViolationException>(() => PolicyHost.Run(control, PolicyHost.Budget(TimeSpan.FromSeconds(30))));

        Assert.Contains("recursed too deeply", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Runaway_allocation_stops_at_the_allocation_ceiling()
    {
        var control = DeclareOne(Policies.ControlRunning("var hoard = new List<byte[]>();\nfor (;;) hoard.Add(new byte[1 << 20]);"));

        var error = Assert.Throws<SandboxViolationException>(() => PolicyHost.Run(control, PolicyHost.Budget(TimeSpan.FromSeconds(30), maxBytes: 64L * 1024 * 1024)));

        Assert.Contains("allocated more than 64 MiB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Runaway_loop_at_the_top_of_the_script_stops_too()
    {
        _pack.Catalogue("TST-REQ-01").Write("hostile/top.csx", "var n = 0;\nwhile (true) n++;");
        var factory = _pack.Factory;
        var guarded = factory.WithGuards(factory.Create("hostile/top.csx"));

        Assert.Throws<SandboxViolationException>(() => PolicyHost.Declare(guarded, PolicyHost.Budget(TimeSpan.FromMilliseconds(200))));
    }

    [Fact]
    public void Well_behaved_check_runs_unchanged_under_its_budget()
    {
        var control = DeclareOne(Policies.ControlRunning("var sum = 0;\nforeach (var i in Enumerable.Range(0, 1000).Where(i => i % 2 == 0)) sum += i;\nif (sum != 249500) throw new InvalidOperationException();"));

        var result = PolicyHost.Run(control, PolicyHost.Budget(TimeSpan.FromSeconds(10)));

        Assert.Equal(Sdk.Results.Outcome.Pass, result.Outcome);
    }

    private Sdk.Controls.ControlDefinition DeclareOne(string source)
    {
        _pack.Catalogue("TST-REQ-01").Write("hostile/policy.csx", source);
        var factory = _pack.Factory;
        var analysed = factory.Create("hostile/policy.csx");
        Assert.Empty(analysed.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        return Assert.Single(PolicyHost.Declare(factory.WithGuards(analysed)));
    }

    private string Guard(string source)
    {
        _pack.Write("shapes/count.csx", source);
        var factory = _pack.Factory;
        return factory.WithGuards(factory.Create("shapes/count.csx")).SyntaxTrees.Single().ToString();
    }

    private static int Count(string text, string what) => (text.Length - text.Replace(what, "", StringComparison.Ordinal).Length) / what.Length;

    /// <summary>Every token of the original is still on its line (the guard adds tokens, moves none to another line).</summary>
    private static void AssertSameLines(SyntaxTree original, SyntaxTree guarded)
    {
        Assert.Equal(original.GetText().Lines.Count, guarded.GetText().Lines.Count);
        var guardedTokens = guarded.GetRoot().DescendantTokens()
            .GroupBy(t => t.GetLocation().GetLineSpan().StartLinePosition.Line)
            .ToDictionary(g => g.Key, g => g.Select(t => t.Text).ToList());
        foreach (var token in original.GetRoot().DescendantTokens().Where(t => t.IsKind(SyntaxKind.IdentifierToken) || t.IsKind(SyntaxKind.NumericLiteralToken) || t.IsKind(SyntaxKind.StringLiteralToken)))
        {
            var line = token.GetLocation().GetLineSpan().StartLinePosition.Line;
            Assert.True(guardedTokens.TryGetValue(line, out var onLine) && onLine.Contains(token.Text), $"'{token.Text}' left line {line + 1}:\n{guarded}");
        }
    }
}
