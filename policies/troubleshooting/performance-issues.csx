// Troubleshooting › Common Issues › Performance Issues: "Check server resources",
// "Review database query performance", "Analyze application logs".
using System.Globalization;

Control("TRB-PERF-01")
    .Title("Server resources sampled continuously and not saturated")
    .Description("Every host's CPU, memory and disk usage is sampled without gaps over the window, and no metric stays above its threshold for longer than the allowed time (a run above the threshold lasts from its first sample above to the first sample back below).")
    .Severity(Severity.Medium)
    .Implements("TS-ISSUES-PERF-01")
    .Maps(Frameworks.Soc2, "A1.1")
    .Maps(Frameworks.Iso27001, "A.8.6")
    .Maps(Frameworks.Nist80053, "SI-4")
    .Tags("troubleshooting", "resources", "monitoring")
    .Parameter("maxSampleGap", TimeSpan.FromHours(1), "Longest allowed time between two resource samples of a host: monitoring agents sample every 1 to 15 minutes.")
    .Parameter("tolerance", TimeSpan.FromMinutes(15), "Slack for a late or skipped sample.")
    .Parameter("cpuThreshold", 90.0, "CPU usage in percent above which a host is saturated.")
    .Parameter("memoryThreshold", 90.0, "Memory usage in percent above which a host risks swapping or the OOM killer.")
    .Parameter("diskThreshold", 85.0, "Disk usage in percent above which a volume must be cleaned or extended (the usual warning level).")
    .Parameter("sustainedFor", TimeSpan.FromMinutes(30), "How long a metric may stay above its threshold: short peaks (backups, deployments) are normal.")
    .Remediation("For each host listed, find the process or data behind the load (top, iotop, du), clean up or scale the host, and keep the monitoring agent sampling at least hourly.")
    .Check(ctx =>
    {
        var maxGap = ctx.Param<TimeSpan>("maxSampleGap");
        var tolerance = ctx.Param<TimeSpan>("tolerance");
        var sustainedFor = ctx.Param<TimeSpan>("sustainedFor");
        var thresholds = new (string Name, double Limit, Func<ResourceSample, double> Value)[]
        {
            ("CPU", ctx.Param<double>("cpuThreshold"), s => s.CpuPercent),
            ("memory", ctx.Param<double>("memoryThreshold"), s => s.MemoryPercent),
            ("disk", ctx.Param<double>("diskThreshold"), s => s.DiskPercent),
        };
        // One dictionary lookup per sample: each host holds its sample times and, per metric, the run above the
        // threshold in progress (if any).
        var hosts = new Dictionary<string, (List<DateTimeOffset> Times, (Observed<ResourceSample> First, double Peak)?[] Runs)>(StringComparer.Ordinal);
        var findings = new List<Finding>();
        var count = 0;
        foreach (var sample in ctx.Evidence<ResourceSample>(lookback: maxGap + tolerance))
        {
            var record = sample.Record;
            if (!hosts.TryGetValue(record.Host, out var host))
                hosts[record.Host] = host = ([], new (Observed<ResourceSample> First, double Peak)?[thresholds.Length]);
            host.Times.Add(sample.At);
            if (!ctx.Window.Contains(sample.At)) continue;
            count++;
            for (var metric = 0; metric < thresholds.Length; metric++)
            {
                var (name, limit, value) = thresholds[metric];
                var current = value(record);
                var run = host.Runs[metric];
                if (current > limit)
                {
                    host.Runs[metric] = run is { } going ? (going.First, Math.Max(going.Peak, current)) : (sample, current);
                    continue;
                }

                if (run is not { } ended) continue;
                host.Runs[metric] = null;
                if (sample.At - ended.First.At > sustainedFor)
                    findings.Add(Saturated(record.Host, name, limit, ended.First, ended.Peak, sample.At, sample.Ref));
            }
        }

        if (count == 0)
            return ctx.NoEvidence("No resource sample in the window: server resources are not checked.");
        var byHost = hosts.OrderBy(h => h.Key, StringComparer.Ordinal).ToList();
        var metricsByName = Enumerable.Range(0, thresholds.Length).OrderBy(m => thresholds[m].Name, StringComparer.Ordinal).ToList();
        foreach (var (host, state) in byHost)
        {
            foreach (var metric in metricsByName)
            {
                if (state.Runs[metric] is { } run && state.Times[^1] - run.First.At > sustainedFor)
                    findings.Add(Saturated(host, thresholds[metric].Name, thresholds[metric].Limit, run.First, run.Peak, state.Times[^1], null));
            }
        }

        foreach (var (host, state) in byHost)
            findings.AddRange(state.Times.Gaps(ctx.Window, maxGap, tolerance).ToFindings(ctx.Window, "resource sample", host));

        return findings.Count == 0
            ? ctx.Pass($"{count} resource samples of {hosts.Count} host(s), none more than {Durations.Format(maxGap)} (+{Durations.Format(tolerance)}) apart; no CPU, memory or disk usage above its threshold for over {Durations.Format(sustainedFor)}.")
            : ctx.Fail($"{findings.Count} resource problem(s) on {hosts.Count} host(s).", findings, findings.SelectMany(f => f.Evidence));

        Finding Saturated(string host, string metric, double limit, Observed<ResourceSample> first, double peak, DateTimeOffset until, EvidenceRef? closing) =>
            new($"{host}: {metric} above {Percent(limit)} for {Durations.Format(until - first.At)} (allowed {Durations.Format(sustainedFor)}) from {ctx.Window.Format(first.At)} to {ctx.Window.Format(until)}, peak {Percent(peak)}.")
            {
                Start = first.At,
                End = until,
                Subject = host,
                Evidence = closing is null ? [first.Ref] : [first.Ref, closing],
            };

        static string Percent(double value) => value.ToString("0.#", CultureInfo.InvariantCulture) + "%";
    });

Control("TRB-PERF-02")
    .Title("Database query performance within limits")
    .Description("Every slow-query report in the window stays under the ceilings for the number of slow queries and the duration of the worst query: the database's query performance is reviewed and under control.")
    .Severity(Severity.Medium)
    .Implements("TS-ISSUES-PERF-02")
    .Maps(Frameworks.Soc2, "A1.1")
    .Maps(Frameworks.Iso27001, "A.8.6")
    .Tags("troubleshooting", "database", "performance")
    .Parameter("maxSlowQueries", 50, "Slow queries in one report above which query performance is out of control (a handful a week is normal).")
    .Parameter("maxWorstMs", 60000.0, "Duration in milliseconds of the worst query above which users see timeouts: one minute.")
    .Remediation("For each report listed, find the queries behind the count or the worst duration (pg_stat_statements, EXPLAIN ANALYZE), fix them, and consider a statement_timeout so one query cannot hold the database.")
    .Check(ctx =>
    {
        var maxSlow = ctx.Param<int>("maxSlowQueries");
        var maxWorst = ctx.Param<double>("maxWorstMs");
        var reports = ctx.Evidence<SlowQueryReport>().ToList();
        if (reports.Count == 0)
            return ctx.NoEvidence("No slow-query report in the window: database query performance is not reviewed.");

        var findings = reports
            .Where(r => r.Record.SlowQueryCount > maxSlow || r.Record.WorstMs > maxWorst)
            .Select(r => new Finding($"{r.Record.Database}: the report of {ctx.Window.Format(r.At)} shows {r.Record.SlowQueryCount} slow queries (limit {maxSlow}) and a worst query of {Seconds(r.Record.WorstMs)} (limit {Seconds(maxWorst)}).")
            {
                Start = r.At,
                Subject = r.Record.Database,
                Evidence = [r.Ref],
            })
            .ToList();
        var worst = reports.MaxBy(r => r.Record.WorstMs)!;
        return findings.Count == 0
            ? ctx.Pass($"{reports.Count} slow-query reports, each with at most {maxSlow} slow queries; the worst query took {Seconds(worst.Record.WorstMs)} ({worst.Record.Database}, {ctx.Window.Format(worst.At)}), limit {Seconds(maxWorst)}.", [worst.Ref])
            : ctx.Fail($"{findings.Count} of {reports.Count} slow-query reports exceed the limits.", findings, findings.SelectMany(f => f.Evidence));

        static string Seconds(double ms) => (ms / 1000).ToString("0.#", CultureInfo.InvariantCulture) + " s";
    });

Control("TRB-PERF-03")
    .Title("Application logs analysed: daily error rate within limit")
    .Description("Application logs are collected from every host that ships logs, with errors counted, and no host's application error rate (errors per entry over a local day) exceeds the limit.")
    .Severity(Severity.Medium)
    .Implements("TS-ISSUES-PERF-03")
    .Maps(Frameworks.Soc2, "CC7.2")
    .Maps(Frameworks.Iso27001, "A.8.15")
    .Maps(Frameworks.Nist80053, "AU-6")
    .Tags("troubleshooting", "logging")
    .Parameter("maxErrorRate", 0.01, "Largest share of application log entries of a day that may be errors: 1%; a healthy application logs far fewer.")
    .Remediation("Analyse the application log of each host-day listed (errors by type and endpoint), fix the cause, and alert on the error rate so a spike is seen the same day.")
    .Check(ctx =>
    {
        var maxRate = ctx.Param<double>("maxErrorRate");
        var days = new Dictionary<(string Host, string Day), (CalendarPeriod Period, long Entries, long Errors, EvidenceRef Last)>();
        foreach (var collection in ctx.Evidence<LogCollection>())
        {
            if (collection.Record.Source != LogCollectionSource.Application) continue;
            var period = CalendarPeriods.Containing(collection.At, CalendarUnit.Day, ctx.Window.Zone);
            var key = (collection.Record.Host, period.Label);
            days[key] = days.TryGetValue(key, out var sum)
                ? (sum.Period, sum.Entries + collection.Record.Entries, sum.Errors + collection.Record.Errors, collection.Ref)
                : (period, collection.Record.Entries, collection.Record.Errors, collection.Ref);
        }

        if (days.Count == 0)
            return ctx.NoEvidence("No application log collection in the window: application logs are not analysed.");

        var findings = new List<Finding>();
        foreach (var ((host, day), sum) in days.OrderBy(d => d.Key.Host, StringComparer.Ordinal).ThenBy(d => d.Key.Day, StringComparer.Ordinal))
        {
            var rate = sum.Entries == 0 ? 0 : (double)sum.Errors / sum.Entries;
            if (rate > maxRate)
                findings.Add(new Finding($"{host} on {day}: {sum.Errors} errors in {sum.Entries} application log entries ({Percent(rate)}, limit {Percent(maxRate)}).")
                {
                    Start = sum.Period.Start,
                    End = sum.Period.End,
                    Subject = host,
                    Evidence = [sum.Last],
                });
        }

        var hosts = days.Keys.Select(k => k.Host).Distinct().Count();
        return findings.Count == 0
            ? ctx.Pass($"Application logs of {hosts} host(s) analysed over {days.Count} host-days; every daily error rate at most {Percent(maxRate)}.")
            : ctx.Fail($"{findings.Count} host-day(s) with an application error rate above {Percent(maxRate)}.", findings, findings.SelectMany(f => f.Evidence));

        static string Percent(double rate) => (rate * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";
    });
