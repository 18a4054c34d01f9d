// Security Maintenance › Security Updates › Security Auditing: "Conduct regular security audits",
// "Review user permissions", "Scan for vulnerabilities".

Control("SEC-AUDIT-01")
    .Title("Security audit of every audited scope at least monthly")
    .Description("Completed security audits (e.g. Lynis) of every scope audited in or before the window follow each other at most a month apart, over the whole window.")
    .Severity(Severity.High)
    .Implements("SEC-UPD-AUDIT-01")
    .Maps(Frameworks.Soc2, "CC4.1")
    .Maps(Frameworks.Iso27001, "A.5.35")
    .Maps(Frameworks.Nist80053, "CA-2")
    .Tags("security", "audit", "cadence")
    .Parameter("maxInterval", TimeSpan.FromDays(31), "Longest allowed time between two completed audits of a scope: the longest month.")
    .Parameter("tolerance", TimeSpan.FromDays(4), "Slack for schedules tied to a weekday (\"first Monday of the month\" can be 35 days apart).")
    .Remediation("Schedule a comprehensive audit (e.g. `lynis audit system` plus the application checklist) of every host at least monthly, keep the report, and re-run any audit that did not complete.")
    .Check(ctx =>
    {
        var maxInterval = ctx.Param<TimeSpan>("maxInterval");
        var tolerance = ctx.Param<TimeSpan>("tolerance");
        var audits = ctx.Evidence<SecurityAudit>(lookback: maxInterval + tolerance)
            .Where(a => a.Record.Outcome == AuditOutcome.Completed)
            .ToList();
        if (audits.Count == 0)
            return ctx.NoEvidence($"No completed security audit in the window or the {Durations.Format(maxInterval + tolerance)} before it.");

        var findings = new List<Finding>();
        var evidence = new List<EvidenceRef>();
        var scopes = audits.Select(a => a.Record.Scope).Distinct().Order(StringComparer.Ordinal).ToList();
        foreach (var scope in scopes)
        {
            var gaps = audits.Where(a => a.Record.Scope == scope).Gaps(ctx.Window, maxInterval, tolerance);
            findings.AddRange(gaps.ToFindings(ctx.Window, "completed security audit", scope));
            evidence.AddRange(gaps.Gaps.SelectMany(g => new[] { g.Before, g.After }).OfType<EvidenceRef>());
        }

        return findings.Count == 0
            ? ctx.Pass($"{audits.Count} completed security audits of {scopes.Count} scope(s); none more than {Durations.Format(maxInterval)} (+{Durations.Format(tolerance)}) apart.", scopes.Select(s => audits.Last(a => a.Record.Scope == s).Ref))
            : ctx.Fail($"{findings.Count} gap(s) between security audits exceed {Durations.Format(maxInterval)} (+{Durations.Format(tolerance)}).", findings, evidence);
    });

Control("SEC-AUDIT-02")
    .Title("User permissions reviewed every quarter")
    .Description("Completed reviews of user permissions (scope permissions or privileged) follow each other at most a quarter apart over the whole window.")
    .Severity(Severity.High)
    .Implements("SEC-UPD-AUDIT-02")
    .Maps(Frameworks.Soc2, "CC6.2")
    .Maps(Frameworks.Soc2, "CC6.3")
    .Maps(Frameworks.Iso27001, "A.5.18")
    .Maps(Frameworks.Nist80053, "AC-2")
    .Tags("security", "access", "cadence")
    .Parameter("maxInterval", TimeSpan.FromDays(92), "Longest allowed time between two completed permission reviews: the longest quarter, the usual SOC 2 review cycle.")
    .Parameter("tolerance", TimeSpan.FromDays(7), "Slack for a review that slips by up to a week.")
    .Remediation("Review who holds which roles and permissions at least quarterly (privileged accounts first), record the reviewer, the accounts covered and the changes made, and complete any review left open.")
    .Check(ctx =>
    {
        var maxInterval = ctx.Param<TimeSpan>("maxInterval");
        var tolerance = ctx.Param<TimeSpan>("tolerance");
        var reviews = ctx.Evidence<AccessReview>(lookback: maxInterval + tolerance)
            .Where(r => r.Record.Outcome == ReviewOutcome.Completed
                && r.Record.Scope is AccessReviewScope.Permissions or AccessReviewScope.Privileged)
            .ToList();
        if (reviews.Count == 0)
            return ctx.NoEvidence($"No completed permission review in the window or the {Durations.Format(maxInterval + tolerance)} before it.");

        var gaps = reviews.Gaps(ctx.Window, maxInterval, tolerance);
        return gaps.Passed
            ? ctx.Pass($"{gaps.EventCount} completed permission review(s) in the window; longest gap {Durations.Format(gaps.Longest.Duration)} (limit {Durations.Format(gaps.Limit)}).", reviews.TakeLast(1).Select(r => r.Ref))
            : ctx.Fail($"{gaps.Gaps.Count} gap(s) between permission reviews exceed {Durations.Format(maxInterval)} (+{Durations.Format(tolerance)}).", gaps.ToFindings(ctx.Window, "completed permission review"), gaps.Gaps.SelectMany(g => new[] { g.Before, g.After }).OfType<EvidenceRef>());
    });

Control("SEC-AUDIT-03")
    .Title("Weekly vulnerability scans, critical and high findings remediated in time")
    .Description("Every scanned target is scanned for vulnerabilities at least weekly (scans that ended in error do not count), and critical or high findings disappear from its scans within their remediation time.")
    .Severity(Severity.High)
    .Implements("SEC-UPD-AUDIT-03")
    .Maps(Frameworks.Soc2, "CC7.1")
    .Maps(Frameworks.Iso27001, "A.8.8")
    .Maps(Frameworks.Nist80053, "RA-5")
    .Tags("security", "vulnerability", "cadence")
    .Parameter("maxInterval", TimeSpan.FromDays(7), "Longest allowed time between two completed scans of a target: weekly.")
    .Parameter("tolerance", TimeSpan.FromDays(1), "Slack for a scan that runs a day late.")
    .Parameter("criticalRemediation", TimeSpan.FromDays(15), "How long critical findings may stay in a target's scans (CISA BOD 19-02: 15 days).")
    .Parameter("highRemediation", TimeSpan.FromDays(30), "How long high findings may stay in a target's scans (CISA BOD 19-02: 30 days).")
    .Remediation("Schedule a vulnerability scan (e.g. OpenSCAP or the container scanner) of every host weekly, fix scans that end in error, and patch or mitigate critical findings within 15 days and high ones within 30.")
    .Check(ctx =>
    {
        var maxInterval = ctx.Param<TimeSpan>("maxInterval");
        var tolerance = ctx.Param<TimeSpan>("tolerance");
        var limits = new[] { ("critical", ctx.Param<TimeSpan>("criticalRemediation")), ("high", ctx.Param<TimeSpan>("highRemediation")) };
        var lookback = new[] { maxInterval + tolerance, limits[0].Item2, limits[1].Item2 }.Max();
        var scans = ctx.Evidence<SecurityScan>(lookback: lookback)
            .Where(s => s.Record.Outcome != ScanOutcome.Error)
            .ToList();
        if (scans.Count == 0)
            return ctx.NoEvidence($"No completed vulnerability scan in the window or the {Durations.Format(lookback)} before it.");

        var findings = new List<Finding>();
        var evidence = new List<EvidenceRef>();
        var targets = scans.Select(s => s.Record.Target).Distinct().Order(StringComparer.Ordinal).ToList();
        foreach (var target in targets)
        {
            var ofTarget = scans.Where(s => s.Record.Target == target).ToList();
            var gaps = ofTarget.Gaps(ctx.Window, maxInterval, tolerance);
            findings.AddRange(gaps.ToFindings(ctx.Window, "completed vulnerability scan", target));
            evidence.AddRange(gaps.Gaps.SelectMany(g => new[] { g.Before, g.After }).OfType<EvidenceRef>());
            foreach (var (level, limit) in limits)
            {
                Observed<SecurityScan>? openedBy = null;
                foreach (var scan in ofTarget.Select(s => (Observed<SecurityScan>?)s).Append(null))
                {
                    var count = scan is null ? 0 : level == "critical" ? scan.Record.Critical : scan.Record.High;
                    if (scan is not null && count > 0)
                    {
                        openedBy ??= scan;
                        continue;
                    }

                    if (openedBy is null) continue;
                    var closedAt = scan?.At ?? ctx.Window.To;
                    var open = closedAt - openedBy.At;
                    if (open > limit && closedAt > ctx.Window.From)
                    {
                        var until = scan is null ? $"still open at the window end {ctx.Window.Format(closedAt)}" : $"until the clean scan at {ctx.Window.Format(closedAt)}";
                        findings.Add(new Finding($"{target}: {level} findings open for {Durations.Format(open)} (limit {Durations.Format(limit)}), from the scan at {ctx.Window.Format(openedBy.At)} {until}.")
                        {
                            Start = openedBy.At,
                            End = closedAt,
                            Subject = target,
                            Evidence = scan is null ? [openedBy.Ref] : [openedBy.Ref, scan.Ref],
                        });
                        evidence.Add(openedBy.Ref);
                    }

                    openedBy = null;
                }
            }
        }

        return findings.Count == 0
            ? ctx.Pass($"{scans.Count} completed scans of {targets.Count} target(s), at most {Durations.Format(maxInterval)} (+{Durations.Format(tolerance)}) apart; critical and high findings remediated in time.", targets.Select(t => scans.Last(s => s.Record.Target == t).Ref))
            : ctx.Fail($"{findings.Count} problem(s) with vulnerability scanning of {targets.Count} target(s).", findings, evidence);
    });
