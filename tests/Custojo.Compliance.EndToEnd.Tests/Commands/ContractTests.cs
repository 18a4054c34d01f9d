using Custojo.Compliance.EndToEnd.Tests.Support;

namespace Custojo.Compliance.EndToEnd.Tests.Commands;

/// <summary>The CLI contract: exit codes, one error line on stderr, help with examples.</summary>
public sealed class ContractTests
{
    [Theory]
    [InlineData("init")]
    [InlineData("demo")]
    [InlineData("check")]
    [InlineData("report")]
    [InlineData("verify")]
    [InlineData("policy", "lint")]
    [InlineData("policy", "test")]
    [InlineData("policy", "list")]
    [InlineData("policy", "docs")]
    [InlineData("cache", "clear")]
    [InlineData("runs", "list")]
    [InlineData("runs", "show")]
    [InlineData("waiver", "add")]
    [InlineData("waiver", "list")]
    [InlineData("waiver", "schema")]
    [InlineData("runs", "replay")]
    [InlineData("diff")]
    public void Every_command_has_help_with_an_example(params string[] command)
    {
        using var temp = new TempDirectory();

        var result = CustojoCli.Run(temp.Path, [.. command, "--help"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("EXAMPLES:", result.Stdout, StringComparison.Ordinal);
        Assert.Contains($"custojo {string.Join(' ', command)}", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_command_is_bad_usage()
    {
        using var temp = new TempDirectory();

        var result = CustojoCli.Run(temp.Path, "frobnicate");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error:", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_command_outside_a_workspace_says_how_to_create_one()
    {
        using var temp = new TempDirectory();

        var result = CustojoCli.Run(temp.Path, "check");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("custojo init", result.Stderr, StringComparison.Ordinal);
        Assert.Single(result.Stderr.Trim().Split('\n'));
    }

    [Fact]
    public void Init_refuses_an_existing_workspace_and_keeps_it()
    {
        using var temp = new TempDirectory();
        Assert.Equal(0, CustojoCli.Run(temp.Path, "init", ".", "--organisation", "Acme").ExitCode);

        var again = CustojoCli.Run(temp.Path, "init", ".", "--organisation", "Other");

        Assert.Equal(2, again.ExitCode);
        Assert.Contains("Acme", File.ReadAllText(Path.Combine(temp.Path, "custojo.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_config_that_breaks_its_schema_stops_every_command_with_the_property_path()
    {
        using var temp = new TempDirectory();
        CustojoCli.Run(temp.Path, "init", ".");
        var path = Path.Combine(temp.Path, "custojo.json");
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"failOn\": \"low\"", "\"failOn\": \"sometimes\"", StringComparison.Ordinal));

        var result = CustojoCli.Run(temp.Path, "check");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("#/check/failOn", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--period", "2026-13")]
    [InlineData("--last", "soon")]
    [InlineData("--from", "2026-10-01")]
    [InlineData("--fail-on", "sometimes")]
    [InlineData("--format", "docx")]
    public void Bad_check_options_are_bad_usage(string option, string value)
    {
        using var temp = new TempDirectory();
        CustojoCli.Run(temp.Path, "init", ".");

        var result = CustojoCli.Run(temp.Path, "check", option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error:", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_check_without_evidence_is_no_evidence_never_a_pass()
    {
        using var temp = new TempDirectory();
        CustojoCli.Run(temp.Path, "init", ".");

        var result = CustojoCli.Run(temp.Path, "check", "--controls", "BKP-DB-03", "--format", "json");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("\"outcome\": \"no-evidence\"", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_version_is_printed()
    {
        using var temp = new TempDirectory();

        var result = CustojoCli.Run(temp.Path, "--version");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", result.Stdout);
    }
}
