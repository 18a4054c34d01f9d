// Backup Management › Backup Strategy › Database Backups: "Full daily backups", "Incremental backups every 6 hours".
// "Transaction log backups every 30 minutes" is BKP-DB-03 in database-transaction-log.csx.

Control("BKP-DB-01")
    .Title("Full database backup every day")
    .Description("Every database that is backed up has a successful full backup on every local day of the window (days in the installation's time zone, so DST change days count once).")
    .Severity(Severity.High)
    .Implements("BKP-STR-DB-01")
    .Maps(Frameworks.Soc2, "A1.2")
    .Maps(Frameworks.Iso27001, "A.8.13")
    .Maps(Frameworks.Nist80053, "CP-9")
    .Tags("backup", "database", "daily")
    .Remediation("Schedule a full backup of every database once a day (e.g. pgbackrest --type=full backup in a nightly job), alert on failures, and rerun the backup on the days listed.")
    .Check(ctx =>
    {
        var runs = ctx.Evidence<BackupRun>().Where(b => b.Record.Category == BackupCategory.Database).ToList();
        var days = CalendarPeriods.Of(ctx.Window, CalendarUnit.Day).Count();
        if (days == 0)
            return ctx.NotApplicable("The window holds no whole local day; daily backups are judged per whole day.");
        if (runs.Count == 0)
            return ctx.NoEvidence("No database backup run is recorded in the window.");
        var full = runs.Where(b => b.Record.Type == BackupType.Full && b.Record.Outcome == BackupOutcome.Success).ToList();
        var databases = runs.Select(b => b.Record.Target).Distinct().Order(StringComparer.Ordinal).ToList();
        var findings = databases
            .SelectMany(db => full.Where(b => b.Record.Target == db).Coverage(ctx.Window, CalendarUnit.Day).ToFindings(ctx.Window, "successful full backup", db))
            .ToList();
        return findings.Count == 0
            ? ctx.Pass($"{databases.Count} database(s) with a successful full backup on each of the {days} days ({full.Count} full backups).", full.Select(b => b.Ref))
            : ctx.Fail($"{findings.Count} database-day(s) of {databases.Count * days} without a successful full backup.", findings, full.Select(b => b.Ref));
    });

Control("BKP-DB-02")
    .Title("Database backups at least every 6 hours")
    .Description("Successful incremental backups (or full or differential ones, which also capture every change) of every backed-up database follow each other at most 6 hours apart over the whole window, the window edges included.")
    .Severity(Severity.High)
    .Implements("BKP-STR-DB-02")
    .Maps(Frameworks.Soc2, "A1.2")
    .Maps(Frameworks.Iso27001, "A.8.13")
    .Maps(Frameworks.Nist80053, "CP-9")
    .Tags("backup", "database", "cadence")
    .Parameter("maxInterval", TimeSpan.FromHours(6), "Longest allowed time between two successful full, differential or incremental backups of a database, as the guide asks.")
    .Parameter("tolerance", TimeSpan.FromMinutes(15), "Scheduling jitter and queueing accepted on top of the interval.")
    .Remediation("Schedule an incremental backup of every database every 6 hours (e.g. pgbackrest --type=incr at 00:00, 06:00, 12:00 and 18:00 UTC, which keeps the spacing through DST changes), alert on failures, and investigate every gap listed.")
    .Check(ctx =>
    {
        var limit = ctx.Param<TimeSpan>("maxInterval");
        var tolerance = ctx.Param<TimeSpan>("tolerance");
        var runs = ctx.Evidence<BackupRun>(lookback: limit + tolerance).Where(b => b.Record.Category == BackupCategory.Database).ToList();
        if (!runs.Any(b => ctx.Window.Contains(b.At)))
            return ctx.NoEvidence("No database backup run is recorded in the window.");
        var successful = runs
            .Where(b => b.Record.Outcome == BackupOutcome.Success && b.Record.Type is BackupType.Incremental or BackupType.Differential or BackupType.Full)
            .ToList();
        var findings = new List<Finding>();
        var evidence = new List<EvidenceRef>();
        foreach (var db in runs.Select(b => b.Record.Target).Distinct().Order(StringComparer.Ordinal))
        {
            var gaps = successful.Where(b => b.Record.Target == db).Gaps(ctx.Window, limit, tolerance);
            findings.AddRange(gaps.ToFindings(ctx.Window, "successful full or incremental backup", db));
            evidence.AddRange(gaps.Gaps.SelectMany(g => new[] { g.Before, g.After }).OfType<EvidenceRef>());
        }
        var limitText = $"{Durations.Format(limit)} (+{Durations.Format(tolerance)} tolerance)";
        var inWindow = successful.Where(b => ctx.Window.Contains(b.At)).ToList();
        return findings.Count == 0
            ? ctx.Pass($"{inWindow.Count} successful full or incremental database backups; no gap over {limitText}.", inWindow.Take(1).Concat(inWindow.TakeLast(1)).Select(b => b.Ref))
            : ctx.Fail($"{findings.Count} gap(s) between database backups exceed {limitText}.", findings, evidence);
    });
