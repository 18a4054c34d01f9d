// Update Management › Update Process › Preparation: release notes reviewed, a backup before updating, users
// notified of the maintenance window. Every production update deployment of the window is judged, whatever its
// outcome: a failed or rolled-back attempt needed the same preparation.

Control("UPD-PREP-01")
    .Title("Release notes reviewed before every production update")
    .Description("Every production update deployment in the window records that its release notes and documentation were reviewed.")
    .Severity(Severity.Medium)
    .Implements("UPD-PROC-PREP-01")
    .Maps(Frameworks.Soc2, "CC8.1")
    .Maps(Frameworks.Iso27001, "A.8.32")
    .Maps(Frameworks.Nist80053, "CM-4")
    .Tags("updates", "preparation")
    .Remediation("Make the release-notes review a mandatory step of the change (breaking changes, migrations, deprecations) and record it on the deployment; review the notes of the updates listed now.")
    .Check(ctx =>
    {
        var deployments = ctx.Evidence<UpdateDeployment>().ToList();
        if (deployments.Count == 0)
            return ctx.NoEvidence("No update deployment is recorded in the window.");
        var production = deployments.Where(d => d.Record.Environment == DeploymentEnvironment.Production).ToList();
        if (production.Count == 0)
            return ctx.NotApplicable($"None of the {deployments.Count} update deployments of the window went to production.");
        var findings = production
            .Where(d => !d.Record.ReleaseNotesReviewed)
            .Select(d => new Finding($"Production update {d.Record.Product} {d.Record.Version} ({d.Record.ChangeId}, {d.Record.DeploymentId}) at {ctx.Window.Format(d.At)} has no release-notes review.")
            {
                Start = d.At,
                End = d.Record.CompletedAt,
                Subject = d.Record.ChangeId,
                Evidence = [d.Ref],
            })
            .ToList();
        return findings.Count == 0
            ? ctx.Pass($"Release notes reviewed for all {production.Count} production updates.", production.Select(d => d.Ref))
            : ctx.Fail($"{findings.Count} of {production.Count} production updates without a release-notes review.", findings, production.Select(d => d.Ref));
    });

Control("UPD-PREP-02")
    .Title("Full backup shortly before every production update")
    .Description("Every production update deployment is preceded by a successful full backup (database or whole system) at most the configured time before it starts.")
    .Severity(Severity.High)
    .Implements("UPD-PROC-PREP-02")
    .Maps(Frameworks.Soc2, "CC8.1")
    .Maps(Frameworks.Iso27001, "A.8.13")
    .Maps(Frameworks.Nist80053, "CP-9")
    .Tags("updates", "preparation", "backup")
    .Parameter("maxAge", TimeSpan.FromHours(24), "Oldest a successful full backup may be when a production update starts: the nightly full backup of the same day.")
    .Remediation("Take (or confirm) a successful full backup right before every production update, as the first step of the update procedure, so the update can be rolled back with at most a day of changes to replay.")
    .Check(ctx =>
    {
        var maxAge = ctx.Param<TimeSpan>("maxAge");
        var deployments = ctx.Evidence<UpdateDeployment>().ToList();
        if (deployments.Count == 0)
            return ctx.NoEvidence("No update deployment is recorded in the window.");
        var production = deployments.Where(d => d.Record.Environment == DeploymentEnvironment.Production).ToList();
        if (production.Count == 0)
            return ctx.NotApplicable($"None of the {deployments.Count} update deployments of the window went to production.");
        var backups = ctx.Evidence<BackupRun>(lookback: maxAge)
            .Where(b => b.Record.Type == BackupType.Full && b.Record.Outcome == BackupOutcome.Success && b.Record.Category is BackupCategory.Database or BackupCategory.System)
            .ToList();
        var misses = production.PrecededBy(backups, maxAge);
        return misses.Count == 0
            ? ctx.Pass($"All {production.Count} production updates had a successful full backup in the {Durations.Format(maxAge)} before.", production.Select(d => d.Ref))
            : ctx.Fail($"{misses.Count} of {production.Count} production updates without a successful full backup in the {Durations.Format(maxAge)} before.", misses.Select(m => m.ToFinding(ctx.Window, "Production update", "successful full backup", m.Event.Record.ChangeId)));
    });

Control("UPD-PREP-03")
    .Title("Users notified ahead of every production update")
    .Description("Every production update deployment has a maintenance notice for the same change, sent to users at least the configured time before the deployment, whose announced window contains the deployment's start.")
    .Severity(Severity.Medium)
    .Implements("UPD-PROC-PREP-03")
    .Maps(Frameworks.Soc2, "CC2.3")
    .Maps(Frameworks.Iso27001, "A.8.32")
    .Maps(Frameworks.Nist80053, "CM-3")
    .Tags("updates", "preparation", "communication")
    .Parameter("minNotice", TimeSpan.FromHours(48), "Shortest time between the notice and the deployment: two days let users plan around the maintenance window.")
    .Parameter("maxLead", TimeSpan.FromDays(30), "Longest time a notice may precede the deployment and still count: older notices are forgotten.")
    .Remediation("Announce every production update to users (e-mail, status page) with its maintenance window, at least the configured time ahead, under the change id of the deployment; deploy only inside the announced window.")
    .Check(ctx =>
    {
        var minNotice = ctx.Param<TimeSpan>("minNotice");
        var maxLead = ctx.Param<TimeSpan>("maxLead");
        var deployments = ctx.Evidence<UpdateDeployment>().ToList();
        if (deployments.Count == 0)
            return ctx.NoEvidence("No update deployment is recorded in the window.");
        var production = deployments.Where(d => d.Record.Environment == DeploymentEnvironment.Production).ToList();
        if (production.Count == 0)
            return ctx.NotApplicable($"None of the {deployments.Count} update deployments of the window went to production.");
        var notices = ctx.Evidence<MaintenanceNotice>(lookback: maxLead).ToList();
        var misses = production.PrecededBy(notices, maxLead, (d, n) =>
            n.ChangeId == d.ChangeId && n.SentAt + minNotice <= d.StartedAt && n.WindowStart <= d.StartedAt && d.StartedAt < n.WindowEnd);
        var companion = $"maintenance notice for its change sent at least {Durations.Format(minNotice)} ahead and announcing its start";
        return misses.Count == 0
            ? ctx.Pass($"All {production.Count} production updates were announced at least {Durations.Format(minNotice)} ahead, inside their announced window ({notices.Count} notices).", production.Select(d => d.Ref))
            : ctx.Fail($"{misses.Count} of {production.Count} production updates without a notice sent at least {Durations.Format(minNotice)} ahead that announced them.", misses.Select(m => m.ToFinding(ctx.Window, "Production update", companion, m.Event.Record.ChangeId)));
    });
