using System.Text.Json;
using Custojo.Compliance.Engine.Runs;
using Custojo.Compliance.Engine.Tests.Drift;
using Custojo.Compliance.Sdk.Controls;
using Custojo.Compliance.Sdk.Results;

namespace Custojo.Compliance.Engine.Tests.Runs;

public sealed class RunJsonTests
{
    private static readonly DateTimeOffset Noon = new(2026, 10, 5, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_run_is_written_with_compile_time_metadata_exactly_as_reflection_writes_it()
    {
        var run = RichRun();

        var written = RunJson.Serialize(run);

        Assert.Equal(JsonSerializer.Serialize(run, RunJson.Options), written);
        Assert.Contains("\"outcome\":\"waived\"", written, StringComparison.Ordinal);
        Assert.Contains("\"observedAt\":\"2026-10-05T12:00:00+00:00\"", written, StringComparison.Ordinal);
    }

    [Fact]
    public void A_written_run_reads_back_to_the_same_json()
    {
        var written = RunJson.Serialize(RichRun());

        Assert.Equal(written, RunJson.Serialize(RunJson.Deserialize(written)));
    }

    private static RunResult RichRun()
    {
        var evidence = new EvidenceRef(new string('a', 64), "backup-run", Noon);
        var run = new RunBuilder("run-0123456789abcdef")
            .Control("BKP-DB-03", Outcome.Fail, ("maxInterval", "00:30:00"))
            .Control("SEC-AUTH-01", Outcome.Pass)
            .Control("SEC-AUTH-02", Outcome.Fail)
            .Waiver("W-1", "SEC-AUTH-02", RunBuilder.DecidedAt.AddDays(30))
            .Build();
        return run with
        {
            AsOf = Noon,
            Policies = [new PolicyHash("backup/database.csx", new string('b', 64))],
            Results =
            [
                .. run.Results.Select(r => r with
                {
                    Frameworks = [new FrameworkMapping("SOC 2", "A1.2")],
                    Findings = r.Outcome == Outcome.Pass ? [] : [new Finding("A gap of 2 h.") { Start = Noon, End = Noon.AddHours(2), Subject = "db-01", Evidence = [evidence] }],
                    Evidence = [evidence],
                }),
            ],
        };
    }
}
