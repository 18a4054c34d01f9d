using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Custojo.Compliance.Engine.Runs;
using Custojo.Compliance.Reporting.Model;
using Custojo.Compliance.Sdk.Controls;
using Custojo.Compliance.Sdk.Results;

namespace Custojo.Compliance.Reporting.Tests.Fixtures;

/// <summary>Runs shaped like the demo's: backup gaps, stale patch evidence, an erroring control, a waiver.</summary>
internal static class SampleRuns
{
    public static readonly DateTimeOffset WindowFrom = new(2026, 7, 1, 0, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset WindowTo = new(2026, 10, 1, 0, 0, 0, TimeSpan.Zero);

    public const string BackupSection = "Backup Management › Backup Strategy › Database Backups";
    public const string VerifySection = "Backup Management › Backup Verification › Manual Verification";
    public const string UpdateSection = "Update Management › Update Process › Deployment";
    public const string DailySection = "Maintenance Schedule › Daily Tasks";

    public static IReadOnlyList<GuideRequirement> Requirements { get; } =
    [
        new("MS-DAILY-01", DailySection, "Monitor system logs for errors and warnings"),
        new("MS-DAILY-02", DailySection, "Verify backup completion"),
        new("BKP-DB-01", BackupSection, "Full daily backups"),
        new("BKP-DB-02", BackupSection, "Incremental backups every 6 hours"),
        new("BKP-DB-03", BackupSection, "Transaction log backups every 30 minutes"),
        new("BKP-MV-01", VerifySection, "Quarterly full restoration tests"),
        new("UPD-DEP-01", UpdateSection, "Schedule updates during low-usage periods"),
        new("UPD-DEP-02", UpdateSection, "Monitor the system during and after updates"),
    ];

    public static ReportInput Input(RunResult? run = null) => new()
    {
        Run = run ?? Demo(),
        Requirements = Requirements,
        History =
        [
            new ScorePoint("run-2026-q1", new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero), 50.0),
            new ScorePoint("run-2026-q2", new DateTimeOffset(2026, 7, 1, 0, 0, 0, TimeSpan.Zero), 66.7),
        ],
    };

    public static RunResult Demo()
    {
        var logBackups = Enumerable.Range(0, 6).Select(i => Ref("backup-run", WindowFrom.AddDays(40).AddMinutes(30 * i))).ToList();
        var gap = new Finding("Transaction log backup gap of 3 h 30 min exceeds the allowed 30 min")
        {
            Start = new DateTimeOffset(2026, 8, 10, 1, 0, 0, TimeSpan.Zero),
            End = new DateTimeOffset(2026, 8, 10, 4, 30, 0, TimeSpan.Zero),
            Subject = "db-prod-01",
            Evidence = [logBackups[1], logBackups[2]],
        };
        var gap2 = new Finding("Transaction log backup gap of 1 h 15 min exceeds the allowed 30 min")
        {
            Start = new DateTimeOffset(2026, 9, 2, 22, 0, 0, TimeSpan.Zero),
            End = new DateTimeOffset(2026, 9, 2, 23, 15, 0, TimeSpan.Zero),
            Subject = "db-prod-01",
            Evidence = [logBackups[4]],
        };
        return Run("run-2026-q3", [
            Control("BKP-DB-01", "Full database backup every day", "high", BackupSection, ["BKP-DB-01", "MS-DAILY-02"], Outcome.Pass,
                "92 of 92 days have a successful full backup.", evidence: [Ref("backup-run", WindowFrom.AddHours(2))]),
            Control("BKP-DB-02", "Incremental database backup every 6 hours", "high", BackupSection, ["BKP-DB-02"], Outcome.Pass,
                "No gap between incremental backups exceeds 6 h."),
            Control("BKP-DB-03", "Transaction log backup every 30 minutes", "critical", BackupSection, ["BKP-DB-03"], Outcome.Fail,
                "2 gaps between transaction log backups exceed 30 min (longest 3 h 30 min).", findings: [gap, gap2], evidence: logBackups),
            Control("BKP-MV-01", "Quarterly full restoration test", "medium", VerifySection, ["BKP-MV-01"], Outcome.NoEvidence,
                "No restore-test record in the audit period: a quarterly restoration test cannot be shown."),
            Control("LOG-MON-01", "System logs monitored for errors", "medium", DailySection, ["MS-DAILY-01"], Outcome.Error,
                "The control exceeded its time limit (runaway loop or too much work)."),
            Control("UPD-DEP-01", "Updates deployed in low-usage periods", "low", UpdateSection, ["UPD-DEP-01"], Outcome.Waived,
                "Waived until 2026-12-31 by change board decision CB-2026-114 (vendor hotfix window)."),
            Control("UPD-DEP-02", "Monitoring during updates", "info", UpdateSection, ["UPD-DEP-02"], Outcome.NotApplicable,
                "No update was deployed in the audit period."),
        ]);
    }

    public static RunResult Run(string runId, IReadOnlyList<ControlRunResult> results) => new()
    {
        RunId = runId,
        Organisation = "Custojo Demo GmbH",
        Installation = "custojo-prod (Frankfurt)",
        From = WindowFrom,
        To = WindowTo,
        TimeZone = "Europe/Berlin",
        PackName = "system-maintenance-guide",
        PackVersion = "1.0.0",
        PackFingerprint = Sha("pack"),
        Policies =
        [
            new PolicyHash("backup/database-backups.csx", Sha("backup/database-backups.csx")),
            new PolicyHash("backup/verification.csx", Sha("backup/verification.csx")),
            new PolicyHash("schedule/daily.csx", Sha("schedule/daily.csx")),
            new PolicyHash("updates/deployment.csx", Sha("updates/deployment.csx")),
        ],
        Parameters = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["BKP-DB-03"] = new Dictionary<string, string> { ["maxGap"] = "30m" },
            ["BKP-DB-01"] = new Dictionary<string, string> { ["maxGap"] = "1d", ["minSuccessRate"] = "1" },
        },
        EvidenceChainHead = Sha("chain-head"),
        EvidenceCount = 12_345,
        EngineVersion = "0.1.0",
        StartedAt = new DateTimeOffset(2026, 10, 1, 6, 0, 0, TimeSpan.Zero),
        EndedAt = new DateTimeOffset(2026, 10, 1, 6, 0, 2, 500, TimeSpan.Zero),
        Results = results,
    };

    public static ControlRunResult Control(string id, string title, string severity, string section, IReadOnlyList<string> requirements,
        Outcome outcome, string message, IReadOnlyList<Finding>? findings = null, IReadOnlyList<EvidenceRef>? evidence = null) => new()
    {
        ControlId = id,
        Title = title,
        Severity = severity,
        Section = section,
        Requirements = requirements,
        Frameworks = [new FrameworkMapping(Frameworks.Iso27001, "A.8.13"), new FrameworkMapping(Frameworks.Soc2, "A1.2")],
        Remediation = $"Fix {id}: schedule the job and check it runs; see the runbook section for {id}.",
        PolicyFile = section.StartsWith("Backup", StringComparison.Ordinal) ? "backup/database-backups.csx" : "updates/deployment.csx",
        Outcome = outcome,
        Message = message,
        Findings = findings ?? [],
        Evidence = evidence ?? [],
    };

    public static EvidenceRef Ref(string kind, DateTimeOffset at) =>
        new(Sha($"{kind}@{at.ToString("O", CultureInfo.InvariantCulture)}"), kind, at);

    public static string Sha(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
