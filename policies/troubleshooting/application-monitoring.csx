// Troubleshooting › Monitoring Tools › Application Monitoring: "Log application errors",
// "Track user activity", "Monitor integration status".

// Hosts that ship logs of the source, each of them on every local day of the window (entries > 0).
List<Finding> DailyCollection(CheckContext ctx, LogCollectionSource source, string what, out int hostCount, out int collectionCount)
{
    var collections = ctx.Evidence<LogCollection>().Where(c => c.Record.Source == source && c.Record.Entries > 0).ToList();
    var hosts = collections.Select(c => c.Record.Host).Distinct().Order(StringComparer.Ordinal).ToList();
    hostCount = hosts.Count;
    collectionCount = collections.Count;
    var findings = new List<Finding>();
    foreach (var host in hosts)
        findings.AddRange(collections.Where(c => c.Record.Host == host).Coverage(ctx.Window, CalendarUnit.Day).ToFindings(ctx.Window, what, host));
    return findings;
}

Control("TRB-MON-04")
    .Title("Application errors logged every day and alerted on")
    .Description("Every host that ships application logs does so on every local day of the window, and an enabled alert rule watches the application's errors (log errors or error rate).")
    .Severity(Severity.Medium)
    .Implements("TS-MON-APP-01")
    .Maps(Frameworks.Soc2, "CC7.2")
    .Maps(Frameworks.Iso27001, "A.8.15")
    .Maps(Frameworks.Nist80053, "AU-12")
    .Tags("troubleshooting", "logging", "monitoring")
    .Parameter("maxRuleAge", TimeSpan.FromDays(8), "How old the latest export of the alert rules may be at the window end: a weekly export.")
    .Remediation("Ship the application log of every application host to the log platform every day, and alert on application errors (error count or rate) to the on-call rotation.")
    .Check(ctx =>
    {
        var maxRuleAge = ctx.Param<TimeSpan>("maxRuleAge");
        var findings = DailyCollection(ctx, LogCollectionSource.Application, "application log collection", out var hosts, out var collections);
        if (collections == 0)
            return ctx.NoEvidence("No application log collection in the window: application errors are not logged centrally.");

        var rules = ctx.LatestBy<MonitoringAlertRule>(r => r.Name, maxRuleAge).Values
            .Where(r => r.Record.Metric is MonitoredMetric.LogErrors or MonitoredMetric.ErrorRate).ToList();
        if (!rules.Any(r => r.Record.Enabled))
            findings.Add(new Finding(rules.Count == 0
                ? $"No alert rule on application errors (log errors or error rate) in the rules observed in the {Durations.Format(maxRuleAge)} before the window end."
                : $"The alert rule(s) on application errors ({string.Join(", ", rules.Select(r => r.Record.Name))}) are disabled.")
            {
                End = ctx.Window.To,
                Evidence = [.. rules.Select(r => r.Ref)],
            });

        return findings.Count == 0
            ? ctx.Pass($"Application logs of {hosts} host(s) collected on every day of the window ({collections} collections); application errors alerted by {string.Join(", ", rules.Where(r => r.Record.Enabled).Select(r => r.Record.Name))}.", rules.Select(r => r.Ref))
            : ctx.Fail($"{findings.Count} problem(s) logging application errors.", findings, findings.SelectMany(f => f.Evidence));
    });

Control("TRB-MON-05")
    .Title("User activity audit trail collected every day")
    .Description("Every host that ships the application's audit log of user activity does so, with entries, on every local day of the window.")
    .Severity(Severity.Medium)
    .Implements("TS-MON-APP-02")
    .Maps(Frameworks.Soc2, "CC7.2")
    .Maps(Frameworks.Iso27001, "A.8.15")
    .Maps(Frameworks.Nist80053, "AU-2")
    .Maps(Frameworks.Nist80053, "AU-12")
    .Tags("troubleshooting", "logging", "user-activity")
    .Parameter("minHosts", 1, "How many hosts must ship the audit log: at least the one the application writes it on.")
    .Remediation("Enable the application's audit log of user actions (logins, permission changes, document access) on every application host and ship it to the log platform daily.")
    .Check(ctx =>
    {
        var minHosts = ctx.Param<int>("minHosts");
        var findings = DailyCollection(ctx, LogCollectionSource.Audit, "user activity audit log collection", out var hosts, out var collections);
        if (collections == 0)
            return ctx.NoEvidence("No user activity audit log collection in the window: user activity is not tracked.");
        if (hosts < minHosts)
            findings.Add(new Finding($"Only {hosts} host(s) ship the audit log; at least {minHosts} required.") { End = ctx.Window.To });
        return findings.Count == 0
            ? ctx.Pass($"User activity audit logs of {hosts} host(s) collected on every day of the window ({collections} collections).")
            : ctx.Fail($"{findings.Count} gap(s) in the user activity audit trail.", findings, findings.SelectMany(f => f.Evidence));
    });

Control("TRB-MON-06")
    .Title("Integration status alerted on and failures recovered")
    .Description("An enabled alert rule watches the integrations' status, and every integration check that failed is followed by a healthy check of the same integration within the recovery time.")
    .Severity(Severity.Medium)
    .Implements("TS-MON-APP-03")
    .Maps(Frameworks.Soc2, "CC7.2")
    .Maps(Frameworks.Iso27001, "A.8.16")
    .Maps(Frameworks.Nist80053, "SI-4")
    .Tags("troubleshooting", "integration", "monitoring")
    .Parameter("recoverWithin", TimeSpan.FromHours(24), "How soon after a failed check the integration must be healthy again: the next working day at the latest.")
    .Parameter("maxRuleAge", TimeSpan.FromDays(8), "How old the latest export of the alert rules may be at the window end: a weekly export.")
    .Remediation("Alert on failed integration checks to the on-call rotation, and restore every integration listed (partner outage, expired credential, changed endpoint) within a day.")
    .Check(ctx =>
    {
        var recoverWithin = ctx.Param<TimeSpan>("recoverWithin");
        var maxRuleAge = ctx.Param<TimeSpan>("maxRuleAge");
        var checks = ctx.Evidence<IntegrationCheck>().ToList();
        if (checks.Count == 0)
            return ctx.NoEvidence("No integration check in the window: integration status is not monitored.");

        var findings = new List<Finding>();
        var rules = ctx.LatestBy<MonitoringAlertRule>(r => r.Name, maxRuleAge).Values
            .Where(r => r.Record.Metric == MonitoredMetric.IntegrationStatus).ToList();
        if (!rules.Any(r => r.Record.Enabled))
            findings.Add(new Finding(rules.Count == 0
                ? $"No alert rule on integration status in the rules observed in the {Durations.Format(maxRuleAge)} before the window end."
                : $"The alert rule(s) on integration status ({string.Join(", ", rules.Select(r => r.Record.Name))}) are disabled.")
            {
                End = ctx.Window.To,
                Evidence = [.. rules.Select(r => r.Ref)],
            });

        var healthy = ctx.Query<IntegrationCheck>(ctx.Window.From, ctx.Window.To + recoverWithin).Where(c => c.Record.Outcome == IntegrationOutcome.Healthy).ToList();
        var failed = checks.Where(c => c.Record.Outcome == IntegrationOutcome.Failed).ToList();
        var unrecovered = failed.FollowedBy(healthy, recoverWithin, (f, h) => f.Integration == h.Integration)
            .Where(m => m.Nearest is not null || m.Event.At + recoverWithin <= ctx.Window.To)
            .ToList();
        findings.AddRange(unrecovered.Select(m => m.ToFinding(ctx.Window, "Failed integration check", "healthy check", m.Event.Record.Integration)));
        var integrations = checks.Select(c => c.Record.Integration).Distinct().Count();
        return findings.Count == 0
            ? ctx.Pass($"{checks.Count} checks of {integrations} integration(s) alerted by {string.Join(", ", rules.Where(r => r.Record.Enabled).Select(r => r.Record.Name))}; {failed.Count} failed check(s), each recovered within {Durations.Format(recoverWithin)}.", rules.Select(r => r.Ref))
            : ctx.Fail($"{findings.Count} integration monitoring problem(s).", findings, findings.SelectMany(f => f.Evidence));
    });
