namespace Custojo.Compliance.Analyzers.Tests.Support;

/// <summary>Policy source snippets for tests.</summary>
internal static class Policies
{
    /// <summary>A complete, valid control declaration whose check is <paramref name="check"/>.</summary>
    public static string Control(string id = "TST-CTL-01", string check = "ctx => ctx.Pass(\"ok\")", string extra = "") => $$"""
        Control("{{id}}").Title("A test control").Severity(Severity.High)
            .Implements("TST-REQ-01").Remediation("Do the right thing."){{extra}}
            .Check({{check}});
        """;

    /// <summary>A valid control whose check body runs <paramref name="statements"/> before passing.</summary>
    public static string ControlRunning(string statements, string id = "TST-CTL-01") =>
        Control(id, "ctx =>\n{\n" + statements + "\n    return ctx.Pass(\"ok\");\n}");
}
