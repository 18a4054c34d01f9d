using Custojo.Compliance.Analyzers.Tests.Support;
using Custojo.Compliance.Engine.Linting;

namespace Custojo.Compliance.Analyzers.Tests.Controls;

public sealed class ControlMetadataTests : IDisposable
{
    private readonly TestPack _pack = new();

    public ControlMetadataTests() => _pack.Catalogue("TST-REQ-01", "TST-REQ-02", "BKP-DB-01");

    public void Dispose() => _pack.Dispose();

    [Fact]
    public void Complete_control_has_no_diagnostic()
    {
        var analysis = _pack.AnalysePolicy(Policies.Control(extra: "\n    .Parameter(\"maxGap\", TimeSpan.FromHours(24), \"Longest gap\")", check: "ctx => ctx.Param<TimeSpan>(\"maxGap\") > TimeSpan.Zero ? ctx.Pass(\"ok\") : ctx.Fail(\"no\", [])"));

        Assert.True(analysis.Diagnostics.Count == 0, Describe(analysis));
        Assert.False(analysis.HasErrors);
        var control = Assert.Single(analysis.Controls);
        Assert.Equal("TST-CTL-01", control.Id);
        Assert.Equal(["TST-REQ-01"], control.Requirements);
    }

    [Theory]
    [InlineData("CJ0100", "var builder = Control(\"TST-CTL-01\");\nbuilder.Title(\"t\").Implements(\"TST-REQ-01\").Remediation(\"r\").Check(ctx => ctx.Pass(\"ok\"));")]
    [InlineData("CJ0101", "var id = \"TST-CTL-\" + \"01\".Trim();\nControl(id).Title(\"t\").Implements(\"TST-REQ-01\").Remediation(\"r\").Check(ctx => ctx.Pass(\"ok\"));")]
    [InlineData("CJ0101", "Control(\"\").Title(\"t\").Implements(\"TST-REQ-01\").Remediation(\"r\").Check(ctx => ctx.Pass(\"ok\"));")]
    [InlineData("CJ0102", "Control(\"bkp-db-01\").Title(\"t\").Implements(\"TST-REQ-01\").Remediation(\"r\").Check(ctx => ctx.Pass(\"ok\"));")]
    [InlineData("CJ0102", "Control(\"BACKUP\").Title(\"t\").Implements(\"TST-REQ-01\").Remediation(\"r\").Check(ctx => ctx.Pass(\"ok\"));")]
    [InlineData("CJ0104", "Control(\"TST-CTL-01\").Implements(\"TST-REQ-01\").Remediation(\"r\").Check(ctx => ctx.Pass(\"ok\"));")]
    [InlineData("CJ0104", "Control(\"TST-CTL-01\").Title(\"  \").Implements(\"TST-REQ-01\").Remediation(\"r\").Check(ctx => ctx.Pass(\"ok\"));")]
    [InlineData("CJ0104", "var title = \"t\".Trim();\nControl(\"TST-CTL-01\").Title(title).Implements(\"TST-REQ-01\").Remediation(\"r\").Check(ctx => ctx.Pass(\"ok\"));")]
    [InlineData("CJ0105", "Control(\"TST-CTL-01\").Title(\"t\").Implements(\"TST-REQ-01\").Check(ctx => ctx.Pass(\"ok\"));")]
    [InlineData("CJ0105", "Control(\"TST-CTL-01\").Title(\"t\").Implements(\"TST-REQ-01\").Remediation(\"\").Check(ctx => ctx.Pass(\"ok\"));")]
    [InlineData("CJ0106", "Control(\"TST-CTL-01\").Title(\"t\").Severity((Severity)42).Implements(\"TST-REQ-01\").Remediation(\"r\").Check(ctx => ctx.Pass(\"ok\"));")]
    [InlineData("CJ0107", "Control(\"TST-CTL-01\").Title(\"t\").Remediation(\"r\").Check(ctx => ctx.Pass(\"ok\"));")]
    [InlineData("CJ0107", "Control(\"TST-CTL-01\").Title(\"t\").Implements().Remediation(\"r\").Check(ctx => ctx.Pass(\"ok\"));")]
    [InlineData("CJ0108", "var req = \"TST-REQ-01\".Trim();\nControl(\"TST-CTL-01\").Title(\"t\").Implements(req).Remediation(\"r\").Check(ctx => ctx.Pass(\"ok\"));")]
    [InlineData("CJ0109", "Control(\"TST-CTL-01\").Title(\"t\").Implements(\"NOPE-01\").Remediation(\"r\").Check(ctx => ctx.Pass(\"ok\"));")]
    [InlineData("CJ0111", "Control(\"TST-CTL-01\").Title(\"t\").Implements(\"TST-REQ-01\").Remediation(\"r\");")]
    [InlineData("CJ0112", "Control(\"TST-CTL-01\").Title(\"t\").Implements(\"TST-REQ-01\").Remediation(\"r\").Check(ctx => ctx.Param<int>(\"days\") > 0 ? ctx.Pass(\"ok\") : ctx.Fail(\"no\", []));")]
    [InlineData("CJ0113", "Control(\"TST-CTL-01\").Title(\"t\").Implements(\"TST-REQ-01\").Remediation(\"r\").Parameter(\"days\", 30, \"Days\").Check(ctx => ctx.Param<long>(\"days\") > 0 ? ctx.Pass(\"ok\") : ctx.Fail(\"no\", []));")]
    [InlineData("CJ0114", "Control(\"TST-CTL-01\").Title(\"t\").Implements(\"TST-REQ-01\").Remediation(\"r\").Parameter(\"days\", 30, \"Days\").Check(ctx => ctx.Pass(\"ok\"));")]
    [InlineData("CJ0115", "var name = \"days\".Trim();\nControl(\"TST-CTL-01\").Title(\"t\").Implements(\"TST-REQ-01\").Remediation(\"r\").Parameter(name, 30, \"Days\").Check(ctx => ctx.Pass(\"ok\"));")]
    [InlineData("CJ0116", "Control(\"TST-CTL-01\").Title(\"t\").Implements(\"TST-REQ-01\").Remediation(\"r\").Parameter(\"days\", 30, \"Days\").Parameter(\"days\", 31, \"Days\").Check(ctx => ctx.Param<int>(\"days\") > 0 ? ctx.Pass(\"ok\") : ctx.Fail(\"no\", []));")]
    public void Metadata_rule_triggers(string id, string source)
    {
        var analysis = _pack.AnalysePolicy(source);

        Assert.True(analysis.Diagnostics.Any(d => d.Id == id), $"expected {id}, got:\n{Describe(analysis)}");
        Assert.DoesNotContain(analysis.Diagnostics, d => d.Id.StartsWith("CJ01", StringComparison.Ordinal) && d.Id != id);
    }

    [Fact]
    public void Duplicate_id_in_one_file_names_the_first_declaration()
    {
        var analysis = _pack.AnalysePolicy(Policies.Control() + "\n" + Policies.Control());

        var duplicate = Assert.Single(analysis.Diagnostics);
        Assert.Equal("CJ0103", duplicate.Id);
        Assert.Equal(4, duplicate.Line);
        Assert.Equal("Control id 'TST-CTL-01' is also declared at test/policy.csx:1:1. Give each control of the pack its own id.", duplicate.Message);
    }

    [Fact]
    public void Unknown_requirement_suggests_the_closest_catalogue_id()
    {
        var analysis = _pack.AnalysePolicy("Control(\"TST-CTL-01\").Title(\"t\").Implements(\"BKP-DB-1\").Remediation(\"r\").Check(ctx => ctx.Pass(\"ok\"));");

        var unknown = Assert.Single(analysis.Diagnostics);
        Assert.Equal("Control 'TST-CTL-01' implements 'BKP-DB-1', which is not in the requirement catalogue. Use an id from guide/requirements.json (did you mean 'BKP-DB-01'?).", unknown.Message);
        Assert.Equal((1, 45), (unknown.Line, unknown.Column));
    }

    [Fact]
    public void Requirement_existence_is_not_checked_without_a_catalogue()
    {
        File.Delete(Path.Combine(_pack.Root, "guide", "requirements.json"));

        var analysis = _pack.AnalysePolicy("Control(\"TST-CTL-01\").Title(\"t\").Implements(\"ANY-THING-01\").Remediation(\"r\").Check(ctx => ctx.Pass(\"ok\"));");

        Assert.Empty(analysis.Diagnostics);
    }

    [Fact]
    public void Malformed_catalogue_is_reported_in_the_catalogue_file()
    {
        _pack.Write("guide/requirements.json", "[\n  { \"id\": \"TST-REQ-01\" },\n  { \"section\": \"no id\" },\n  { \"id\": \"TST-REQ-01\" }\n]");

        var analysis = _pack.AnalysePolicy(Policies.Control());

        var problems = analysis.Diagnostics.Where(d => d.Id == "CJ0110").ToList();
        Assert.Equal(2, problems.Count);
        Assert.All(problems, p => Assert.Equal("guide/requirements.json", p.File));
        Assert.Equal((3, "entry 2 has no \"id\""), (problems[0].Line, Between(problems[0].Message, "malformed: ", ". Make")));
        Assert.Equal(4, problems[1].Line);
    }

    [Fact]
    public void Catalogue_that_is_not_json_is_reported_with_its_line()
    {
        _pack.Write("guide/requirements.json", "[\n  { \"id\": \"TST-REQ-01\" \n  oops\n]");

        var analysis = _pack.AnalysePolicy(Policies.Control());

        var problem = Assert.Single(analysis.Diagnostics, d => d.Id == "CJ0110");
        Assert.Contains("it is not valid JSON at line 3", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parameter_passed_by_name_to_a_helper_counts_as_read()
    {
        var analysis = _pack.AnalysePolicy("""
            static ControlResult Within(CheckContext ctx, string parameter) => ctx.Param<int>(parameter) > 0 ? ctx.Pass("ok") : ctx.Fail("no", []);
            Control("TST-CTL-01").Title("t").Implements("TST-REQ-01").Remediation("r")
                .Parameter("days", 30, "Days")
                .Check(ctx => Within(ctx, "days"));
            """);

        Assert.DoesNotContain(analysis.Diagnostics, d => d.Id == "CJ0114");
    }

    [Fact]
    public void Check_given_as_a_method_is_read_for_parameters()
    {
        var analysis = _pack.AnalysePolicy("""
            ControlResult Recent(CheckContext ctx) => ctx.Param<string>("host").Length > 0 ? ctx.Pass("ok") : ctx.Fail("no", []);
            Control("TST-CTL-01").Title("t").Implements("TST-REQ-01").Remediation("r")
                .Parameter("host", 1, "Host")
                .Check(Recent);
            """);

        var mismatch = Assert.Single(analysis.Diagnostics);
        Assert.Equal("CJ0113", mismatch.Id);
        Assert.Equal("Control 'TST-CTL-01' reads parameter 'host' as string but declares it as int. Read it with ctx.Param<int>(\"host\") or change the declared default.", mismatch.Message);
    }

    [Fact]
    public void Unread_parameter_is_a_warning_that_does_not_stop_the_policy()
    {
        var analysis = _pack.AnalysePolicy(Policies.Control(extra: ".Parameter(\"days\", 30, \"Days\")"));

        var unread = Assert.Single(analysis.Diagnostics);
        Assert.Equal(("CJ0114", LintSeverity.Warning), (unread.Id, unread.Severity));
        Assert.False(analysis.HasErrors);
    }

    private static string Describe(FileAnalysis analysis) => string.Join("\n", analysis.Diagnostics);

    private static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal) + start.Length;
        return text[from..text.IndexOf(end, from, StringComparison.Ordinal)];
    }
}
