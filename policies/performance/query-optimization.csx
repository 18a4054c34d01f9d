// Performance Optimization › Database Optimization › Query Optimization: "Monitor slow queries",
// "Optimize problematic queries", "Add appropriate indexes".
using System.Globalization;

Control("PRF-DB-04")
    .Title("Slow queries reported weekly for every database")
    .Description("Every database has a slow-query report at most a week apart over the whole window, from a slow-query log whose threshold is low enough to catch problem queries.")
    .Severity(Severity.Medium)
    .Implements("PERF-DB-QUERY-01")
    .Maps(Frameworks.Soc2, "A1.1")
    .Maps(Frameworks.Iso27001, "A.8.6")
    .Maps(Frameworks.Iso27001, "A.8.16")
    .Tags("performance", "database", "cadence")
    .Parameter("maxInterval", TimeSpan.FromDays(7), "Longest allowed time between two slow-query reports of a database: weekly.")
    .Parameter("tolerance", TimeSpan.FromDays(1), "Slack for a report produced a day late.")
    .Parameter("maxThresholdMs", 1000.0, "Highest acceptable slow-query threshold in milliseconds (log_min_duration_statement); a higher one hides the queries users feel.")
    .Remediation("Enable the slow-query log or pg_stat_statements with a threshold of at most 1 s and produce a weekly slow-query report per database.")
    .Check(ctx =>
    {
        var maxInterval = ctx.Param<TimeSpan>("maxInterval");
        var tolerance = ctx.Param<TimeSpan>("tolerance");
        var maxThreshold = ctx.Param<double>("maxThresholdMs");
        var reports = ctx.Evidence<SlowQueryReport>(lookback: maxInterval + tolerance).ToList();
        if (reports.Count == 0)
            return ctx.NoEvidence($"No slow-query report in the window or the {Durations.Format(maxInterval + tolerance)} before it.");

        var findings = new List<Finding>();
        var evidence = new List<EvidenceRef>();
        var databases = reports.Select(r => r.Record.Database).Distinct().Order(StringComparer.Ordinal).ToList();
        foreach (var database in databases)
        {
            var ofDatabase = reports.Where(r => r.Record.Database == database).ToList();
            var gaps = ofDatabase.Gaps(ctx.Window, maxInterval, tolerance);
            findings.AddRange(gaps.ToFindings(ctx.Window, "slow-query report", database));
            evidence.AddRange(gaps.Gaps.SelectMany(g => new[] { g.Before, g.After }).OfType<EvidenceRef>());
            var lax = ofDatabase.FirstOrDefault(r => ctx.Window.Contains(r.At) && r.Record.ThresholdMs > maxThreshold);
            if (lax is not null)
            {
                findings.Add(new Finding($"{database}: the slow-query report of {ctx.Window.Format(lax.At)} only lists queries over {Ms(lax.Record.ThresholdMs)} (limit {Ms(maxThreshold)}).") { Subject = database, Start = lax.At, Evidence = [lax.Ref] });
                evidence.Add(lax.Ref);
            }
        }

        return findings.Count == 0
            ? ctx.Pass($"{reports.Count(r => ctx.Window.Contains(r.At))} slow-query reports for {databases.Count} database(s), none more than {Durations.Format(maxInterval)} (+{Durations.Format(tolerance)}) apart, thresholds at most {Ms(maxThreshold)}.", databases.Select(d => reports.Last(r => r.Record.Database == d).Ref))
            : ctx.Fail($"{findings.Count} problem(s) with slow-query monitoring.", findings, evidence);

        static string Ms(double ms) => ms.ToString("0.#", CultureInfo.InvariantCulture) + " ms";
    });

Control("PRF-DB-05")
    .Title("Problematic slow queries fixed by optimisation or an index")
    .Description("Every slow-query report that shows a problem (too many slow queries, or a query far too slow) is followed within the fix time by a successful query optimisation or a new index on the same database.")
    .Severity(Severity.Medium)
    .Implements("PERF-DB-QUERY-02", "PERF-DB-QUERY-03")
    .Maps(Frameworks.Soc2, "A1.1")
    .Maps(Frameworks.Iso27001, "A.8.6")
    .Tags("performance", "database")
    .Parameter("maxSlowQueries", 20, "Slow queries in one report above which the database has a problem to fix (a handful is normal).")
    .Parameter("maxWorstMs", 10000.0, "Duration of the worst query in milliseconds above which it must be fixed: 10 s is beyond any interactive use.")
    .Parameter("fixWithin", TimeSpan.FromDays(14), "How soon after the report a query optimisation or index must follow: two weekly cycles.")
    .Remediation("For each report listed, EXPLAIN ANALYZE the worst queries, rewrite them or add the missing index, and record the change as a database maintenance operation (query-optimized or index-added).")
    .Check(ctx =>
    {
        var maxSlow = ctx.Param<int>("maxSlowQueries");
        var maxWorst = ctx.Param<double>("maxWorstMs");
        var fixWithin = ctx.Param<TimeSpan>("fixWithin");
        var reports = ctx.Evidence<SlowQueryReport>().ToList();
        if (reports.Count == 0)
            return ctx.NoEvidence("No slow-query report in the window: problematic queries cannot be known.");

        var problems = reports.Where(r => r.Record.SlowQueryCount > maxSlow || r.Record.WorstMs > maxWorst).ToList();
        var fixes = ctx.Query<DatabaseMaintenance>(ctx.Window.From, ctx.Window.To + fixWithin)
            .Where(m => m.Record.Outcome == OperationOutcome.Success && m.Record.Operation is MaintenanceOperation.QueryOptimized or MaintenanceOperation.IndexAdded)
            .ToList();
        var misses = problems.FollowedBy(fixes, fixWithin, (report, fix) => report.Database == fix.Database);
        var overdue = misses.Where(m => m.Event.At + fixWithin <= ctx.Window.To || m.Nearest is not null).ToList();
        var pending = misses.Count - overdue.Count;
        var findings = overdue.Select(m => m.ToFinding(ctx.Window, $"Slow-query report ({m.Event.Record.SlowQueryCount} slow, worst {(m.Event.Record.WorstMs / 1000).ToString("0.#", CultureInfo.InvariantCulture)} s)", "query optimisation or new index", m.Event.Record.Database)).ToList();
        var note = pending == 0 ? "" : $" {pending} recent report(s) are still within their {Durations.Format(fixWithin)} fix time.";
        return findings.Count == 0
            ? ctx.Pass($"{reports.Count} slow-query reports, {problems.Count} showing a problem (over {maxSlow} slow queries or a query over {(maxWorst / 1000).ToString("0.#", CultureInfo.InvariantCulture)} s), each fixed within {Durations.Format(fixWithin)}.{note}", problems.Select(p => p.Ref).Concat(reports.TakeLast(1).Select(r => r.Ref)))
            : ctx.Fail($"{findings.Count} of {problems.Count} problematic slow-query report(s) were not followed by a fix within {Durations.Format(fixWithin)}.{note}", findings, findings.SelectMany(f => f.Evidence));
    });
