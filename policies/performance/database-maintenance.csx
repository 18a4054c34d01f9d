// Performance Optimization › Database Optimization › Regular Maintenance: "Run database optimization routines",
// "Rebuild indexes regularly", "Update statistics for query optimization".

// Successful maintenance operations of the given kinds on every database, at most maxInterval (+tolerance) apart.
ControlResult Routine(CheckContext ctx, TimeSpan maxInterval, TimeSpan tolerance, string what, params MaintenanceOperation[] operations)
{
    var runs = ctx.Evidence<DatabaseMaintenance>(lookback: maxInterval + tolerance)
        .Where(m => m.Record.Outcome == OperationOutcome.Success && operations.Contains(m.Record.Operation))
        .ToList();
    if (runs.Count == 0)
        return ctx.NoEvidence($"No successful {what} is recorded in the window or the {Durations.Format(maxInterval + tolerance)} before it.");

    var findings = new List<Finding>();
    var evidence = new List<EvidenceRef>();
    var databases = runs.Select(r => r.Record.Database).Distinct().Order(StringComparer.Ordinal).ToList();
    foreach (var database in databases)
    {
        var gaps = runs.Where(r => r.Record.Database == database).Gaps(ctx.Window, maxInterval, tolerance);
        findings.AddRange(gaps.ToFindings(ctx.Window, $"successful {what}", database));
        evidence.AddRange(gaps.Gaps.SelectMany(g => new[] { g.Before, g.After }).OfType<EvidenceRef>());
    }

    return findings.Count == 0
        ? ctx.Pass($"{runs.Count(r => ctx.Window.Contains(r.At))} successful {what}(s) on {databases.Count} database(s) in the window; none more than {Durations.Format(maxInterval)} (+{Durations.Format(tolerance)}) apart.", databases.Select(d => runs.Last(r => r.Record.Database == d).Ref))
        : ctx.Fail($"{findings.Count} gap(s) between {what}s exceed {Durations.Format(maxInterval)} (+{Durations.Format(tolerance)}).", findings, evidence);
}

Control("PRF-DB-01")
    .Title("Database optimisation routine at least monthly")
    .Description("Every database gets a successful optimisation routine (optimize or vacuum) at most a month apart over the whole window.")
    .Severity(Severity.Medium)
    .Implements("PERF-DB-MAINT-01")
    .Maps(Frameworks.Soc2, "A1.1")
    .Maps(Frameworks.Iso27001, "A.8.6")
    .Maps(Frameworks.Nist80053, "MA-2")
    .Tags("performance", "database", "cadence")
    .Parameter("maxInterval", TimeSpan.FromDays(31), "Longest allowed time between two successful optimisation routines (optimize or vacuum) of a database: the longest month.")
    .Parameter("tolerance", TimeSpan.FromDays(4), "Slack for schedules tied to a weekday (\"first Sunday of the month\" can be 35 days apart).")
    .Remediation("Schedule the optimisation routine (e.g. `VACUUM (ANALYZE)` or `vacuumdb --all --analyze`, `OPTIMIZE TABLE`) at least monthly, log its outcome, and re-run failed runs.")
    .Check(ctx => Routine(ctx, ctx.Param<TimeSpan>("maxInterval"), ctx.Param<TimeSpan>("tolerance"), "optimisation routine", MaintenanceOperation.Optimize, MaintenanceOperation.Vacuum));

Control("PRF-DB-02")
    .Title("Database indexes rebuilt at least monthly")
    .Description("Every database gets a successful index rebuild at most a month apart over the whole window, so index bloat does not build up.")
    .Severity(Severity.Medium)
    .Implements("PERF-DB-MAINT-02")
    .Maps(Frameworks.Soc2, "A1.1")
    .Maps(Frameworks.Iso27001, "A.8.6")
    .Maps(Frameworks.Nist80053, "MA-2")
    .Tags("performance", "database", "cadence")
    .Parameter("maxInterval", TimeSpan.FromDays(31), "Longest allowed time between two successful index rebuilds of a database: the longest month.")
    .Parameter("tolerance", TimeSpan.FromDays(4), "Slack for schedules tied to a weekday.")
    .Remediation("Schedule `REINDEX (CONCURRENTLY)` (or pg_repack) of the bloated indexes at least monthly and log its outcome.")
    .Check(ctx => Routine(ctx, ctx.Param<TimeSpan>("maxInterval"), ctx.Param<TimeSpan>("tolerance"), "index rebuild", MaintenanceOperation.IndexRebuild));

Control("PRF-DB-03")
    .Title("Database statistics updated at least monthly")
    .Description("Every database gets a successful statistics update at most a month apart over the whole window, so the query planner works from current statistics.")
    .Severity(Severity.Medium)
    .Implements("PERF-DB-MAINT-03")
    .Maps(Frameworks.Soc2, "A1.1")
    .Maps(Frameworks.Iso27001, "A.8.6")
    .Maps(Frameworks.Nist80053, "MA-2")
    .Tags("performance", "database", "cadence")
    .Parameter("maxInterval", TimeSpan.FromDays(31), "Longest allowed time between two successful statistics updates of a database: the longest month.")
    .Parameter("tolerance", TimeSpan.FromDays(4), "Slack for schedules tied to a weekday.")
    .Remediation("Schedule `ANALYZE` (or `vacuumdb --analyze-only`) at least monthly, and after bulk loads, and log its outcome.")
    .Check(ctx => Routine(ctx, ctx.Param<TimeSpan>("maxInterval"), ctx.Param<TimeSpan>("tolerance"), "statistics update", MaintenanceOperation.StatisticsUpdate));
