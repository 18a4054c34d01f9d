// Troubleshooting › Monitoring Tools › System Monitoring: "Set up alerts for resource usage",
// "Monitor server health", "Track response times".
using System.Globalization;

Control("TRB-MON-01")
    .Title("Alerts on CPU, memory and disk usage configured and enabled")
    .Description("The monitoring system has enabled alert rules for CPU, memory and disk usage, each with a threshold no higher than the maximum and someone to notify, in the latest rule export and in every export of the window.")
    .Severity(Severity.Medium)
    .Implements("TS-MON-SYS-01")
    .Maps(Frameworks.Soc2, "CC7.2")
    .Maps(Frameworks.Iso27001, "A.8.16")
    .Maps(Frameworks.Nist80053, "SI-4")
    .Tags("troubleshooting", "monitoring", "alerting")
    .Parameter("maxThreshold", 95.0, "Highest acceptable alert threshold in percent: an alert at 99% fires too late to act.")
    .Parameter("maxAge", TimeSpan.FromDays(8), "How old the latest export of the alert rules may be at the window end: a weekly export.")
    .Remediation("Configure alert rules for CPU, memory and disk usage (e.g. Prometheus node_exporter rules at 85-90%) routed to the on-call rotation, keep them enabled, and export them weekly.")
    .Check(ctx =>
    {
        var maxThreshold = ctx.Param<double>("maxThreshold");
        var maxAge = ctx.Param<TimeSpan>("maxAge");
        var required = new[] { MonitoredMetric.Cpu, MonitoredMetric.Memory, MonitoredMetric.Disk };
        var latest = ctx.LatestBy<MonitoringAlertRule>(r => r.Name, maxAge);
        if (latest.Count == 0)
            return ctx.NoEvidence($"No monitoring alert rule observed in the {Durations.Format(maxAge)} before {ctx.Window.Format(ctx.Window.To)}.");

        var findings = new List<Finding>();
        foreach (var metric in required)
        {
            var name = metric.ToString().ToLowerInvariant();
            var rules = latest.Values.Where(r => r.Record.Metric == metric).ToList();
            var good = rules.Where(r => Good(r.Record)).ToList();
            if (good.Count == 0)
                findings.Add(new Finding(rules.Count == 0
                    ? $"No alert rule on {name} usage in the latest export."
                    : $"No enabled alert rule on {name} usage with a threshold at most {Percent(maxThreshold)} and someone to notify: {string.Join("; ", rules.Select(Describe))}.")
                {
                    Subject = name,
                    Evidence = [.. rules.Select(r => r.Ref)],
                });
        }

        var disabledInWindow = ctx.Evidence<MonitoringAlertRule>()
            .Where(r => required.Contains(r.Record.Metric) && !r.Record.Enabled)
            .GroupBy(r => r.Record.Name)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var rule in disabledInWindow)
            findings.Add(new Finding($"Alert rule {rule.Key} ({rule.First().Record.Metric.ToString().ToLowerInvariant()}) was disabled in {rule.Count()} export(s) of the window, first at {ctx.Window.Format(rule.First().At)}.")
            {
                Start = rule.First().At,
                End = rule.Last().At,
                Subject = rule.Key,
                Evidence = [rule.First().Ref],
            });

        return findings.Count == 0
            ? ctx.Pass($"Enabled alert rules on CPU, memory and disk usage with thresholds at most {Percent(maxThreshold)}: {string.Join("; ", latest.Values.Where(r => required.Contains(r.Record.Metric)).Select(Describe))}.", latest.Values.Select(r => r.Ref))
            : ctx.Fail($"{findings.Count} resource alerting problem(s).", findings, latest.Values.Select(r => r.Ref));

        bool Good(MonitoringAlertRule r) => r.Enabled && r.Threshold is { } t && t <= maxThreshold && !string.IsNullOrWhiteSpace(r.Notify);
        string Describe(Observed<MonitoringAlertRule> r) =>
            $"{r.Record.Name} {(r.Record.Enabled ? "enabled" : "disabled")} at {(r.Record.Threshold is { } t ? Percent(t) : "no threshold")} to {r.Record.Notify}";
        static string Percent(double value) => value.ToString("0.#", CultureInfo.InvariantCulture) + "%";
    });

Control("TRB-MON-02")
    .Title("Server health probed continuously, outages recovered quickly")
    .Description("Every monitored service on every host is probed without gaps over the window, and every probe that finds it down is followed by one that finds it up within the recovery time.")
    .Severity(Severity.High)
    .Implements("TS-MON-SYS-02")
    .Maps(Frameworks.Soc2, "A1.1")
    .Maps(Frameworks.Soc2, "CC7.2")
    .Maps(Frameworks.Iso27001, "A.8.16")
    .Maps(Frameworks.Nist80053, "SI-4")
    .Tags("troubleshooting", "monitoring", "availability", "cadence")
    .Parameter("maxInterval", TimeSpan.FromMinutes(30), "Longest allowed time between two health probes of a service: an outage is seen within half an hour.")
    .Parameter("tolerance", TimeSpan.FromMinutes(5), "Slack for a late probe.")
    .Parameter("recoverWithin", TimeSpan.FromHours(1), "How soon after a probe finds a service down a probe must find it up again.")
    .Remediation("Probe every service's health endpoint at least every 30 minutes from the monitoring system, page on failures, and investigate every outage listed (cause, duration, fix).")
    .Check(ctx =>
    {
        var maxInterval = ctx.Param<TimeSpan>("maxInterval");
        var tolerance = ctx.Param<TimeSpan>("tolerance");
        var recoverWithin = ctx.Param<TimeSpan>("recoverWithin");
        var checks = ctx.Evidence<HealthCheck>(lookback: maxInterval + tolerance).ToList();
        if (!checks.Any(c => ctx.Window.Contains(c.At)))
            return ctx.NoEvidence("No health check in the window: server health is not monitored.");

        var findings = new List<Finding>();
        var evidence = new List<EvidenceRef>();
        var byService = checks.ToLookup(c => (c.Record.Host, c.Record.Service));
        var services = byService.Select(g => g.Key)
            .OrderBy(s => s.Host, StringComparer.Ordinal).ThenBy(s => s.Service, StringComparer.Ordinal).ToList();
        foreach (var (host, service) in services)
        {
            var gaps = byService[(host, service)].Gaps(ctx.Window, maxInterval, tolerance);
            findings.AddRange(gaps.ToFindings(ctx.Window, "health check", $"{service} on {host}"));
            evidence.AddRange(gaps.Gaps.SelectMany(g => new[] { g.Before, g.After }).OfType<EvidenceRef>());
        }

        var up = checks.Concat(ctx.Query<HealthCheck>(ctx.Window.To, ctx.Window.To + recoverWithin))
            .Where(c => c.Record.Status == HealthStatus.Up).ToList();
        var down = checks.Where(c => ctx.Window.Contains(c.At) && c.Record.Status == HealthStatus.Down).ToList();
        var outages = down.FollowedBy(up, recoverWithin, (d, u) => d.Host == u.Host && d.Service == u.Service)
            .Where(m => m.Nearest is not null || m.Event.At + recoverWithin <= ctx.Window.To)
            .ToList();
        findings.AddRange(outages.Select(m => m.ToFinding(ctx.Window, "Service down", "probe finding it up", $"{m.Event.Record.Service} on {m.Event.Record.Host}")));
        evidence.AddRange(outages.Select(m => m.Event.Ref));
        return findings.Count == 0
            ? ctx.Pass($"{checks.Count(c => ctx.Window.Contains(c.At))} health checks of {services.Count} service(s), none more than {Durations.Format(maxInterval)} (+{Durations.Format(tolerance)}) apart; {down.Count} down probe(s), each recovered within {Durations.Format(recoverWithin)}.")
            : ctx.Fail($"{findings.Count} server health problem(s) over {services.Count} service(s).", findings, evidence);
    });

Control("TRB-MON-03")
    .Title("Response times tracked and the daily 95th percentile within limit")
    .Description("Every health probe that finds a service up records its response time, and the 95th percentile of each service's response times per local day stays within the limit.")
    .Severity(Severity.Medium)
    .Implements("TS-MON-SYS-03")
    .Maps(Frameworks.Soc2, "A1.1")
    .Maps(Frameworks.Iso27001, "A.8.16")
    .Tags("troubleshooting", "monitoring", "performance")
    .Parameter("maxP95Ms", 1500.0, "Highest acceptable daily 95th percentile of response time in milliseconds: beyond 1.5 s users notice a slow system.")
    .Remediation("Record the response time with every health probe, alert on the 95th percentile, and for the days listed look at resource usage, slow queries and deployments.")
    .Check(ctx =>
    {
        var maxP95 = ctx.Param<double>("maxP95Ms");
        var days = new Dictionary<(string Host, string Service, string Day), (CalendarPeriod Period, List<double> Times, EvidenceRef Last)>();
        var untracked = new Dictionary<(string Host, string Service), (int Count, Observed<HealthCheck> First)>();
        var count = 0;
        foreach (var check in ctx.Evidence<HealthCheck>())
        {
            var c = check.Record;
            if (c.Status != HealthStatus.Up) continue;
            count++;
            if (c.ResponseTimeMs is not { } ms)
            {
                untracked[(c.Host, c.Service)] = untracked.TryGetValue((c.Host, c.Service), out var u) ? (u.Count + 1, u.First) : (1, check);
                continue;
            }

            var period = CalendarPeriods.Containing(check.At, CalendarUnit.Day, ctx.Window.Zone);
            var key = (c.Host, c.Service, period.Label);
            if (!days.TryGetValue(key, out var day)) day = (period, [], check.Ref);
            day.Times.Add(ms);
            days[key] = (day.Period, day.Times, check.Ref);
        }

        if (count == 0)
            return ctx.NoEvidence("No health check finding a service up in the window: response times are not tracked.");

        var findings = new List<Finding>();
        foreach (var ((host, service), u) in untracked.OrderBy(u => u.Key.Host, StringComparer.Ordinal).ThenBy(u => u.Key.Service, StringComparer.Ordinal))
            findings.Add(new Finding($"{service} on {host}: {u.Count} probe(s) without a response time, first at {ctx.Window.Format(u.First.At)}.") { Subject = host, Start = u.First.At, Evidence = [u.First.Ref] });
        var worst = 0.0;
        foreach (var ((host, service, label), day) in days.OrderBy(d => d.Key.Host, StringComparer.Ordinal).ThenBy(d => d.Key.Service, StringComparer.Ordinal).ThenBy(d => d.Key.Day, StringComparer.Ordinal))
        {
            var sorted = day.Times.Order().ToList();
            var p95 = sorted[(int)Math.Ceiling(0.95 * sorted.Count) - 1];
            worst = Math.Max(worst, p95);
            if (p95 > maxP95)
                findings.Add(new Finding($"{service} on {host} on {label}: 95th percentile response time {Ms(p95)} over {sorted.Count} probes (limit {Ms(maxP95)}).")
                {
                    Start = day.Period.Start,
                    End = day.Period.End,
                    Subject = host,
                    Evidence = [day.Last],
                });
        }

        return findings.Count == 0
            ? ctx.Pass($"{count} up probes with response times; every daily 95th percentile within {Ms(maxP95)} (worst {Ms(worst)}).")
            : ctx.Fail($"{findings.Count} response-time problem(s).", findings, findings.SelectMany(f => f.Evidence));

        static string Ms(double ms) => ms.ToString("0", CultureInfo.InvariantCulture) + " ms";
    });
