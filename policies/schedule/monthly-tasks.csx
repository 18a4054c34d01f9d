// Maintenance Schedule › Monthly Tasks: major updates, security audit, database review and optimisation, clean-up,
// documentation. Months are calendar months in the installation's time zone; only months entirely inside the
// window are judged. "After testing in staging" is also judged, with every production update, by UPD-TEST-01.

Control("SCH-MONTHLY-01")
    .Title("Staged major updates applied within a month")
    .Description("Every major version successfully deployed to staging reaches production (successfully, same product and version) within the configured delay: major updates are applied in the monthly cycle once staging has tested them. A staging deployment is judged in the window in which its delay runs out, i.e. those from [window start - delay, window end - delay), so each is judged exactly once over consecutive windows.")
    .Severity(Severity.Medium)
    .Implements("MS-MONTHLY-01")
    .Maps(Frameworks.Soc2, "CC8.1")
    .Maps(Frameworks.Iso27001, "A.8.8")
    .Maps(Frameworks.Nist80053, "SI-2")
    .Tags("schedule", "monthly", "updates")
    .Parameter("maxDelay", TimeSpan.FromDays(31), "Longest time from the staging deployment of a major version to its production deployment: one monthly maintenance cycle.")
    .Remediation("Schedule every major version that passed staging into the next monthly maintenance window, or roll staging back if the version is abandoned; apply the versions listed.")
    .Check(ctx =>
    {
        var maxDelay = ctx.Param<TimeSpan>("maxDelay");
        var deployments = ctx.Query<UpdateDeployment>(ctx.Window.From - maxDelay, ctx.Window.To).ToList();
        if (!deployments.Any(d => ctx.Window.Contains(d.At)))
            return ctx.NoEvidence("No update deployment is recorded in the window.");
        var staged = deployments
            .Where(d => d.Record.Major && d.Record.Environment == DeploymentEnvironment.Staging && d.Record.Outcome == DeploymentOutcome.Success && d.At < ctx.Window.To - maxDelay)
            .ToList();
        if (staged.Count == 0)
            return ctx.NotApplicable($"No major version was staged from {ctx.Window.Format(ctx.Window.From - maxDelay)} to {ctx.Window.Format(ctx.Window.To - maxDelay)}, so no major update fell due in the window.");
        var applied = deployments.Where(d => d.Record.Environment == DeploymentEnvironment.Production && d.Record.Outcome == DeploymentOutcome.Success).ToList();
        var misses = staged.FollowedBy(applied, maxDelay, (s, p) => s.Product == p.Product && s.Version == p.Version);
        return misses.Count == 0
            ? ctx.Pass($"All {staged.Count} staged major version(s) reached production within {Durations.Format(maxDelay)}: {string.Join(", ", staged.Select(s => $"{s.Record.Product} {s.Record.Version}"))}.", staged.Select(s => s.Ref))
            : ctx.Fail($"{misses.Count} of {staged.Count} staged major version(s) did not reach production within {Durations.Format(maxDelay)}.", misses.Select(m => m.ToFinding(ctx.Window, $"Staging deployment of {m.Event.Record.Product} {m.Event.Record.Version}", "successful production deployment of that version", m.Event.Record.ChangeId)));
    });

Control("SCH-MONTHLY-02")
    .Title("Comprehensive security audit every month")
    .Description("Every calendar month of the window holds at least one security audit that ran to completion.")
    .Severity(Severity.High)
    .Implements("MS-MONTHLY-02")
    .Maps(Frameworks.Soc2, "CC4.1")
    .Maps(Frameworks.Iso27001, "A.5.35")
    .Maps(Frameworks.Nist80053, "CA-2")
    .Tags("schedule", "monthly", "security")
    .Remediation("Run a comprehensive security audit (e.g. Lynis on every host plus the application checklist) every month, complete it, and import its report.")
    .Check(ctx =>
    {
        var audits = ctx.Evidence<SecurityAudit>().ToList();
        var completed = audits.Where(a => a.Record.Outcome == AuditOutcome.Completed).ToList();
        var months = completed.Coverage(ctx.Window, CalendarUnit.Month);
        if (months.Required.Count == 0)
            return ctx.NotApplicable("The window holds no whole calendar month; monthly audits are judged per whole month.");
        if (audits.Count == 0)
            return ctx.NoEvidence("No security audit is recorded in the window.");
        return months.Passed
            ? ctx.Pass($"A completed security audit in each of the {months.Required.Count} months ({completed.Count} audits).", completed.Select(a => a.Ref))
            : ctx.Fail($"{months.Missing.Count} of {months.Required.Count} months without a completed security audit.", months.ToFindings(ctx.Window, "completed security audit"), audits.Select(a => a.Ref));
    });

Control("SCH-MONTHLY-03")
    .Title("Database performance reviewed and optimised every month")
    .Description("Every database has, in every calendar month of the window, a slow-query report (the review) and a successful optimisation: an optimize run, an optimised query or an added index.")
    .Severity(Severity.Low)
    .Implements("MS-MONTHLY-03")
    .Maps(Frameworks.Soc2, "A1.1")
    .Maps(Frameworks.Iso27001, "A.8.6")
    .Maps(Frameworks.Nist80053, "SI-4")
    .Tags("schedule", "monthly", "database", "performance")
    .Remediation("Once a month, review the slow-query reports of every database and act on them: run the optimisation routine, fix or index the worst queries, and record each operation (database-maintenance).")
    .Check(ctx =>
    {
        var reports = ctx.Evidence<SlowQueryReport>().ToList();
        var optimisations = ctx.Evidence<DatabaseMaintenance>()
            .Where(m => m.Record.Outcome == OperationOutcome.Success
                && m.Record.Operation is MaintenanceOperation.Optimize or MaintenanceOperation.QueryOptimized or MaintenanceOperation.IndexAdded)
            .ToList();
        var months = CalendarPeriods.Of(ctx.Window, CalendarUnit.Month).Count();
        if (months == 0)
            return ctx.NotApplicable("The window holds no whole calendar month; monthly reviews are judged per whole month.");
        if (reports.Count == 0 && optimisations.Count == 0)
            return ctx.NoEvidence("No slow-query report and no database optimisation is recorded in the window.");
        var databases = reports.Select(r => r.Record.Database).Concat(optimisations.Select(o => o.Record.Database)).Distinct().Order(StringComparer.Ordinal).ToList();
        var findings = new List<Finding>();
        foreach (var db in databases)
        {
            findings.AddRange(reports.Where(r => r.Record.Database == db).Coverage(ctx.Window, CalendarUnit.Month).ToFindings(ctx.Window, "slow-query review", db));
            findings.AddRange(optimisations.Where(o => o.Record.Database == db).Coverage(ctx.Window, CalendarUnit.Month).ToFindings(ctx.Window, "successful optimisation", db));
        }
        var evidence = optimisations.Select(o => o.Ref);
        return findings.Count == 0
            ? ctx.Pass($"{databases.Count} database(s) reviewed and optimised in each of the {months} months ({optimisations.Count} optimisations).", evidence)
            : ctx.Fail($"{findings.Count} missing monthly review(s) or optimisation(s) over {databases.Count} database(s) and {months} months.", findings.OrderBy(f => f.Start).ThenBy(f => f.Message, StringComparer.Ordinal), evidence);
    });

Control("SCH-MONTHLY-04")
    .Title("Temporary files and logs cleaned up every month")
    .Description("Every host that runs clean-ups had, in every calendar month of the window, a successful clean-up of temporary files and a successful clean-up of old logs.")
    .Severity(Severity.Low)
    .Implements("MS-MONTHLY-04")
    .Maps(Frameworks.Iso27001, "A.8.10")
    .Maps(Frameworks.Nist80053, "SI-12")
    .Tags("schedule", "monthly", "housekeeping")
    .Remediation("Schedule the clean-up of temporary files (e.g. systemd-tmpfiles) and of old logs (logrotate with a retention) on every host, at least monthly, and import the runs.")
    .Check(ctx =>
    {
        var cleanups = ctx.Evidence<Cleanup>().ToList();
        var months = CalendarPeriods.Of(ctx.Window, CalendarUnit.Month).Count();
        if (months == 0)
            return ctx.NotApplicable("The window holds no whole calendar month; monthly clean-ups are judged per whole month.");
        if (cleanups.Count == 0)
            return ctx.NoEvidence("No clean-up run is recorded in the window.");
        var done = cleanups.Where(c => c.Record.Outcome == OperationOutcome.Success).ToList();
        var hosts = cleanups.Select(c => c.Record.Host).Distinct().Order(StringComparer.Ordinal).ToList();
        var findings = new List<Finding>();
        foreach (var host in hosts)
        {
            findings.AddRange(done.Where(c => c.Record.Host == host && c.Record.Target == CleanupTarget.TempFiles).Coverage(ctx.Window, CalendarUnit.Month).ToFindings(ctx.Window, "clean-up of temporary files", host));
            findings.AddRange(done.Where(c => c.Record.Host == host && c.Record.Target == CleanupTarget.Logs).Coverage(ctx.Window, CalendarUnit.Month).ToFindings(ctx.Window, "clean-up of old logs", host));
        }
        var freed = done.Sum(c => c.Record.BytesFreed) / (1024.0 * 1024 * 1024);
        return findings.Count == 0
            ? ctx.Pass(FormattableString.Invariant($"{hosts.Count} host(s) cleaned up in each of the {months} months ({done.Count} runs, {freed:0.0} GiB freed)."), done.Select(c => c.Ref))
            : ctx.Fail($"{findings.Count} missing monthly clean-up(s) over {hosts.Count} host(s) and {months} months.", findings.OrderBy(f => f.Start).ThenBy(f => f.Message, StringComparer.Ordinal), cleanups.Select(c => c.Ref));
    });

Control("SCH-MONTHLY-05")
    .Title("Documentation reviewed every month")
    .Description("Every calendar month of the window holds at least one review of the maintenance documentation that left the reviewed document current (confirmed or updated).")
    .Severity(Severity.Low)
    .Implements("MS-MONTHLY-05")
    .Maps(Frameworks.Soc2, "CC2.2")
    .Maps(Frameworks.Iso27001, "A.5.37")
    .Maps(Frameworks.Nist80053, "SA-5")
    .Tags("schedule", "monthly", "documentation")
    .Remediation("Review the maintenance documentation (runbooks, procedures) every month, update what is outdated, and record each review with its outcome.")
    .Check(ctx =>
    {
        var reviews = ctx.Evidence<DocumentationReview>().ToList();
        var current = reviews.Where(r => r.Record.Outcome is DocumentOutcome.Current or DocumentOutcome.Updated).ToList();
        var months = current.Coverage(ctx.Window, CalendarUnit.Month);
        if (months.Required.Count == 0)
            return ctx.NotApplicable("The window holds no whole calendar month; monthly reviews are judged per whole month.");
        if (reviews.Count == 0)
            return ctx.NoEvidence("No documentation review is recorded in the window.");
        var documents = current.Select(r => r.Record.Document).Distinct().Count();
        return months.Passed
            ? ctx.Pass($"Documentation reviewed in each of the {months.Required.Count} months ({current.Count} reviews of {documents} documents).", current.Select(r => r.Ref))
            : ctx.Fail($"{months.Missing.Count} of {months.Required.Count} months without a documentation review that left a document current.", months.ToFindings(ctx.Window, "documentation review"), reviews.Select(r => r.Ref));
    });
