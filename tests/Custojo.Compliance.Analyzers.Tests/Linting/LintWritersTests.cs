using System.Text;
using System.Text.Json;
using Custojo.Compliance.Analyzers.Tests.Support;
using Custojo.Compliance.Engine.Linting;
using Snapshooter.Xunit;

namespace Custojo.Compliance.Analyzers.Tests.Linting;

public sealed class LintWritersTests : IDisposable
{
    private readonly TestPack _pack = new();
    private readonly LintReport _report;

    public LintWritersTests()
    {
        _pack.Catalogue("TST-REQ-01", "TST-REQ-02")
            .Write("backup/db.csx", "var now = DateTime.Now;\n" + Policies.Control("BKP-DB-01"))
            .Write("access/ssh.csx", "Control(\"acc-ssh\").Title(\"t\").Implements(\"TST-REQ-01\").Remediation(\"r\").Check(ctx => ctx.Pass(\"ok\"));\nint x = \"text\";");
        _report = _pack.Analysis.AnalysePack();
    }

    public void Dispose() => _pack.Dispose();

    [Fact]
    public void Text_output_is_compiler_style_with_a_summary()
    {
        using var text = new StringWriter();

        LintTextWriter.Write(_report, text);

        Assert.Equal(
            """
            access/ssh.csx:1:9: error CJ0102: Control id 'acc-ssh' is malformed. Use upper-case letters and digits in at least two dash-separated parts, starting with a letter, e.g. BKP-DB-01.
            access/ssh.csx:2:9: error CS0029: Cannot implicitly convert type 'string' to 'int'
            backup/db.csx:1:11: error CJ0012: 'System.DateTime.Now' reads the machine's clock, which makes results depend on when the check runs. Use the audit window instead: ctx.Window.From, ctx.Window.To and ctx.Window.Zone.
            guide/requirements.json:8:11: warning CJ0117: Requirement 'TST-REQ-02' of the catalogue is implemented by no control of the pack. Add .Implements("TST-REQ-02") to the control that checks it, or write one.
            3 errors, 1 warning in 2 policy files.

            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            text.ToString());
    }

    [Fact]
    public void Json_output_carries_every_field_of_every_diagnostic()
    {
        using var json = JsonDocument.Parse(Write(LintJsonWriter.Write));

        var root = json.RootElement;
        Assert.Equal((2, 3, 1), (root.GetProperty("files").GetInt32(), root.GetProperty("errors").GetInt32(), root.GetProperty("warnings").GetInt32()));
        var first = root.GetProperty("diagnostics")[0];
        Assert.Equal("CJ0102", first.GetProperty("id").GetString());
        Assert.Equal("error", first.GetProperty("severity").GetString());
        Assert.Equal("access/ssh.csx", first.GetProperty("file").GetString());
        Assert.Equal((1, 9, 1, 18), (first.GetProperty("line").GetInt32(), first.GetProperty("column").GetInt32(), first.GetProperty("endLine").GetInt32(), first.GetProperty("endColumn").GetInt32()));
        Assert.Equal("Custojo.Metadata", first.GetProperty("category").GetString());
    }

    [Fact]
    public void Sarif_output_has_rules_results_and_repository_relative_locations()
    {
        using var sarif = JsonDocument.Parse(Write((report, stream) => LintSarifWriter.Write(report, stream, "policies/")));

        var root = sarif.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        var run = root.GetProperty("runs").EnumerateArray().Single();
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("custojo", driver.GetProperty("name").GetString());
        var rules = driver.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Equal(["CJ0012", "CJ0102", "CJ0117", "CS0029"], rules);
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(4, results.Count);
        foreach (var result in results)
        {
            var ruleId = result.GetProperty("ruleId").GetString();
            Assert.Equal(ruleId, rules[result.GetProperty("ruleIndex").GetInt32()]);
            var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            Assert.StartsWith("policies/", location.GetProperty("artifactLocation").GetProperty("uri").GetString(), StringComparison.Ordinal);
            Assert.True(location.GetProperty("region").GetProperty("startLine").GetInt32() >= 1);
            Assert.NotEmpty(result.GetProperty("message").GetProperty("text").GetString()!);
        }

        Assert.Equal("warning", results.Single(r => r.GetProperty("ruleId").GetString() == "CJ0117").GetProperty("level").GetString());
    }

    [Fact]
    public void Sarif_output_matches_the_snapshot()
    {
        Snapshot.Match(Write((report, stream) => LintSarifWriter.Write(report, stream, "policies")));
    }

    [Fact]
    public void Same_report_writes_the_same_bytes()
    {
        var again = _pack.Analysis.AnalysePack();

        Assert.Equal(Write((r, s) => LintSarifWriter.Write(_report, s)), Write((r, s) => LintSarifWriter.Write(again, s)));
        Assert.Equal(Write(LintJsonWriter.Write), Write((r, s) => LintJsonWriter.Write(again, s)));
    }

    private string Write(Action<LintReport, Stream> writer)
    {
        using var stream = new MemoryStream();
        writer(_report, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
