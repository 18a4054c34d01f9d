// Backup Management › Backup Strategy › Database Backups: "Transaction log backups every 30 minutes".

Control("BKP-DB-03")
    .Title("Transaction-log backups every 30 minutes")
    .Description("Successful transaction-log (WAL) backups of every production database follow each other at most 30 minutes apart, over the whole audit window, so at most 30 minutes of committed data can be lost.")
    .Severity(Severity.High)
    .Implements("BKP-STR-DB-03")
    .Maps(Frameworks.Soc2, "A1.2")
    .Maps(Frameworks.Iso27001, "A.8.13")
    .Maps(Frameworks.Nist80053, "CP-9")
    .Tags("backup", "database", "cadence")
    .Parameter("maxInterval", TimeSpan.FromMinutes(30), "Longest allowed time between two successful transaction-log backups.")
    .Parameter("tolerance", TimeSpan.FromMinutes(2), "Scheduling jitter accepted on top of the interval.")
    .Remediation("Schedule transaction-log (WAL) archiving at least every 30 minutes (e.g. archive_timeout = 1800 or a pgBackRest/cron job), alert on archive failures, and investigate every gap listed.")
    .Check(ctx =>
    {
        var limit = ctx.Param<TimeSpan>("maxInterval");
        var logs = ctx.Evidence<BackupRun>(lookback: limit + ctx.Param<TimeSpan>("tolerance"))
            .Where(b => b.Record.Category == BackupCategory.Database
                && b.Record.Type == BackupType.TransactionLog
                && b.Record.Outcome == BackupOutcome.Success)
            .ToList();
        if (logs.Count == 0)
            return ctx.NoEvidence("No successful transaction-log backup is recorded in or just before the window.");

        var failures = new List<Finding>();
        var evidence = new List<EvidenceRef>();
        foreach (var target in logs.Select(l => l.Record.Target).Distinct().Order(StringComparer.Ordinal))
        {
            var gaps = logs.Where(l => l.Record.Target == target).Gaps(ctx.Window, limit, ctx.Param<TimeSpan>("tolerance"));
            failures.AddRange(gaps.ToFindings(ctx.Window, "successful transaction-log backup", target));
            evidence.AddRange(gaps.Gaps.SelectMany(g => new[] { g.Before, g.After }).OfType<EvidenceRef>());
        }
        return failures.Count == 0
            ? ctx.Pass($"{logs.Count} transaction-log backups; no gap over {Durations.Format(limit)} (+{Durations.Format(ctx.Param<TimeSpan>("tolerance"))} tolerance).", logs.Take(1).Concat(logs.TakeLast(1)).Select(l => l.Ref))
            : ctx.Fail($"{failures.Count} gap(s) between transaction-log backups exceed {Durations.Format(limit)} (+{Durations.Format(ctx.Param<TimeSpan>("tolerance"))} tolerance).", failures, evidence);
    });
