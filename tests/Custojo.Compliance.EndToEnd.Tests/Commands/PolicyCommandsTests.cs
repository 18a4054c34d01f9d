using Custojo.Compliance.EndToEnd.Tests.Support;

namespace Custojo.Compliance.EndToEnd.Tests.Commands;

/// <summary>The security engineer's loop on the built-in pack and on a pack of their own.</summary>
public sealed class PolicyCommandsTests
{
    [Fact]
    public void The_built_in_pack_lints_clean_and_implements_every_requirement()
    {
        using var temp = new TempDirectory();

        var result = CustojoCli.Run(temp.Path, "policy", "lint", "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("CJ0117", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("0 error(s), 0 warning(s)", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_catalogue_traces_all_77_requirements_to_controls()
    {
        using var temp = new TempDirectory();

        var result = CustojoCli.Run(temp.Path, "policy", "docs", "--format", "md");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("implement 77 of 77 requirements", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("**none**", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_policy_is_linted_with_file_line_and_column_then_tested_by_its_fixtures()
    {
        using var temp = new TempDirectory();
        var pack = Path.Combine(temp.Path, "pack");
        Directory.CreateDirectory(Path.Combine(pack, "backup", "tests", "ACME-LOG-01"));
        File.WriteAllText(Path.Combine(pack, "pack.json"), """{ "name": "acme", "version": "1.0.0", "sdkVersion": "0.1" }""");
        var policy = Path.Combine(pack, "backup", "reviews.csx");
        File.WriteAllText(policy, """
            Control("ACME-LOG-01").Title("A log review every day").Implements("X").Remediation("Review the logs daily.")
                .Check(ctx => ctx.Pass(System.DateTime.Now.ToString()));
            """);

        var lint = CustojoCli.Run(temp.Path, "policy", "lint", "--policies", pack);

        Assert.Equal(1, lint.ExitCode);
        Assert.Matches(@"backup/reviews\.csx:2:\d+: error CJ\d{4}", lint.Stdout);

        File.WriteAllText(policy, """
            Control("ACME-LOG-01").Title("A log review every day").Implements("X").Remediation("Review the logs daily.")
                .Check(ctx =>
                {
                    var days = ctx.Evidence<LogReview>().Coverage(ctx.Window, CalendarUnit.Day);
                    return days.Missing.Count == 0 ? ctx.Pass("every day reviewed") : ctx.Fail($"{days.Missing.Count} day(s) without a review", days.ToFindings(ctx.Window, "log review"));
                });
            """);
        File.WriteAllText(Path.Combine(pack, "backup", "tests", "ACME-LOG-01", "missing-day-fails.json"), """
            { "period": "2026-10-05", "evidence": [], "expect": { "outcome": "fail", "findings": 1 } }
            """);
        File.WriteAllText(Path.Combine(pack, "backup", "tests", "ACME-LOG-01", "reviewed-day-passes.json"), """
            { "period": "2026-10-05", "evidence": [ { "kind": "log-review", "reviewedAt": "2026-10-05T09:00:00Z", "source": "system", "reviewer": "alice", "errorsFound": 0, "warningsFound": 2 } ], "expect": { "outcome": "pass" } }
            """);

        var clean = CustojoCli.Run(temp.Path, "policy", "lint", "--policies", pack);
        var tests = CustojoCli.Run(temp.Path, "policy", "test", "--policies", pack);

        Assert.True(clean.ExitCode == 0, clean.ToString());
        Assert.True(tests.ExitCode == 0, tests.ToString());
        Assert.Contains("2 passed, 0 failed", tests.Stderr, StringComparison.Ordinal);
    }
}
