using Custojo.Compliance.Engine.Evaluation;
using Custojo.Compliance.Sdk.Results;
using Custojo.Compliance.Sdk.Time;

namespace Custojo.Compliance.Engine.Tests.Evaluation;

/// <summary>
/// Policies are untrusted code: each hostile policy is stopped by the analyzer or the sandbox, ends as
/// an error result that says why, and the rest of the pack still evaluates.
/// </summary>
public sealed class HostilePolicyTests : IDisposable
{
    private static readonly AuditWindow Window = new(new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), TimeZoneInfo.Utc);
    private readonly TestPack _pack = new();

    public void Dispose() => _pack.Dispose();

    private const string Healthy = """
        Control("T-OK-01").Title("healthy").Implements("X").Remediation("None.").Check(ctx => ctx.Pass("fine"));
        """;

    private static string Hostile(string body) =>
        $$"""Control("T-BAD-01").Title("hostile").Implements("X").Remediation("None.").Check(ctx => { {{body}} });""";

    private IReadOnlyList<Engine.Runs.ControlRunResult> Evaluate(string hostileBody, double seconds = 2)
    {
        _pack.With("backup/ok.csx", Healthy).With("backup/bad.csx", Hostile(hostileBody));
        return new PackEvaluator(TimeProvider.System).Evaluate(new EvaluationRequest
        {
            Pack = _pack.Load(),
            Window = Window,
            Evidence = new Demo.RecordsEvidence([]),
            Limits = new SandboxLimits(TimeSpan.FromSeconds(seconds), 256L * 1024 * 1024),
        }).Results;
    }

    [Theory]
    [InlineData("System.IO.File.ReadAllText(\"/etc/passwd\"); return ctx.Pass(\"x\");", "CJ")]
    [InlineData("new System.Net.Sockets.Socket(System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp); return ctx.Pass(\"x\");", "")]
    [InlineData("System.Diagnostics.Process.Start(\"sh\"); return ctx.Pass(\"x\");", "")]
    [InlineData("System.Environment.Exit(3); return ctx.Pass(\"x\");", "CJ")]
    [InlineData("var t = typeof(string).Assembly.GetType(\"System.IO.File\"); return ctx.Pass(\"x\");", "CJ")]
    [InlineData("new System.Threading.Thread(() => { }).Start(); return ctx.Pass(\"x\");", "CJ")]
    [InlineData("return ctx.Pass(System.DateTime.Now.ToString());", "CJ")]
    public void A_policy_reaching_outside_is_refused_before_it_runs(string body, string diagnosticPrefix)
    {
        var results = Evaluate(body);

        var bad = results.Single(r => r.ControlId == "T-BAD-01");
        Assert.Equal(Outcome.Error, bad.Outcome);
        Assert.StartsWith("Not run:", bad.Message, StringComparison.Ordinal);
        Assert.Contains(diagnosticPrefix, bad.Message, StringComparison.Ordinal);
        Assert.Equal(Outcome.Pass, results.Single(r => r.ControlId == "T-OK-01").Outcome);
    }

    [Fact]
    public void A_policy_that_loops_forever_is_stopped_by_its_time_limit()
    {
        var results = Evaluate("while (true) { } ");

        var bad = results.Single(r => r.ControlId == "T-BAD-01");
        Assert.Equal(Outcome.Error, bad.Outcome);
        Assert.Contains("time limit", bad.Message, StringComparison.Ordinal);
        Assert.Equal(Outcome.Pass, results.Single(r => r.ControlId == "T-OK-01").Outcome);
    }

    [Fact]
    public void A_policy_that_recurses_forever_is_stopped_before_the_stack_overflows()
    {
        var results = Evaluate("int Down(int n) => Down(n + 1) + 1; return ctx.Pass(Down(0).ToString());");

        var bad = results.Single(r => r.ControlId == "T-BAD-01");
        Assert.Equal(Outcome.Error, bad.Outcome);
        Assert.Contains("recursion", bad.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_policy_that_allocates_without_end_is_stopped_by_its_allocation_budget()
    {
        var results = Evaluate("var hoard = new List<byte[]>(); for (;;) hoard.Add(new byte[1 << 20]);", seconds: 30);

        var bad = results.Single(r => r.ControlId == "T-BAD-01");
        Assert.Equal(Outcome.Error, bad.Outcome);
        Assert.Contains("allocat", bad.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_policy_whose_top_level_loops_forever_still_lets_the_pack_evaluate()
    {
        _pack.With("backup/ok.csx", Healthy).With("backup/top.csx", "while (true) { }\nControl(\"T-TOP-01\").Title(\"t\").Check(ctx => ctx.Pass(\"never\"));");

        var results = new PackEvaluator(TimeProvider.System).Evaluate(new EvaluationRequest
        {
            Pack = _pack.Load(),
            Window = Window,
            Evidence = new Demo.RecordsEvidence([]),
            Limits = new SandboxLimits(TimeSpan.FromSeconds(1), 256L * 1024 * 1024),
        }).Results;

        Assert.Equal(Outcome.Error, results.Single(r => r.ControlId == "T-TOP-01").Outcome);
        Assert.Equal(Outcome.Pass, results.Single(r => r.ControlId == "T-OK-01").Outcome);
    }
}
