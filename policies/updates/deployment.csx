// Update Management › Update Process › Deployment: low-usage periods, the documented procedure, monitoring during
// and after the update. Every production update deployment of the window is judged, whatever its outcome.

Control("UPD-DEPLOY-01")
    .Title("Production updates start in low-usage hours")
    .Description("Every production update deployment starts inside the installation's low-usage hours (local time of the configured zone; the period may run over midnight).")
    .Severity(Severity.Low)
    .Implements("UPD-PROC-DEPLOY-01")
    .Maps(Frameworks.Soc2, "CC8.1")
    .Maps(Frameworks.Iso27001, "A.8.32")
    .Maps(Frameworks.Nist80053, "CM-3")
    .Tags("updates", "deployment")
    .Parameter("lowUsageFrom", TimeSpan.FromHours(20), "Local time of day at which the low-usage period starts (20:00: after office hours). Set from the installation's own load curve.")
    .Parameter("lowUsageTo", TimeSpan.FromHours(6), "Local time of day at which the low-usage period ends (06:00, before the first users arrive); earlier than lowUsageFrom means the period runs over midnight.")
    .Remediation("Schedule production updates in the low-usage hours (check the load curve of the resource samples), or adjust lowUsageFrom/lowUsageTo to the installation's real quiet period.")
    .Check(ctx =>
    {
        var from = ctx.Param<TimeSpan>("lowUsageFrom");
        var to = ctx.Param<TimeSpan>("lowUsageTo");
        var deployments = ctx.Evidence<UpdateDeployment>().ToList();
        if (deployments.Count == 0)
            return ctx.NoEvidence("No update deployment is recorded in the window.");
        var production = deployments.Where(d => d.Record.Environment == DeploymentEnvironment.Production).ToList();
        if (production.Count == 0)
            return ctx.NotApplicable($"None of the {deployments.Count} update deployments of the window went to production.");
        bool Quiet(DateTimeOffset at)
        {
            var time = ctx.Window.Local(at).TimeOfDay;
            return from <= to ? time >= from && time < to : time >= from || time < to;
        }
        var hours = $"{from:hh\\:mm}-{to:hh\\:mm}";
        var findings = production
            .Where(d => !Quiet(d.At))
            .Select(d => new Finding($"Production update {d.Record.Product} {d.Record.Version} ({d.Record.ChangeId}) started at {ctx.Window.Format(d.At)}, outside the low-usage hours {hours}.")
            {
                Start = d.At,
                End = d.Record.CompletedAt,
                Subject = d.Record.ChangeId,
                Evidence = [d.Ref],
            })
            .ToList();
        return findings.Count == 0
            ? ctx.Pass($"All {production.Count} production updates started in the low-usage hours {hours}.", production.Select(d => d.Ref))
            : ctx.Fail($"{findings.Count} of {production.Count} production updates started outside the low-usage hours {hours}.", findings, production.Select(d => d.Ref));
    });

Control("UPD-DEPLOY-02")
    .Title("Production updates follow the documented procedure")
    .Description("Every production update deployment names the documented update procedure (runbook) it followed.")
    .Severity(Severity.Medium)
    .Implements("UPD-PROC-DEPLOY-02")
    .Maps(Frameworks.Soc2, "CC8.1")
    .Maps(Frameworks.Iso27001, "A.5.37")
    .Maps(Frameworks.Nist80053, "CM-3")
    .Tags("updates", "deployment", "documentation")
    .Parameter("procedurePrefix", "", "Prefix the procedure reference must start with, e.g. \"runbooks/\" to accept only runbooks of the documentation repository; empty accepts any named procedure.")
    .Remediation("Write the update procedure down (a runbook), follow it for every production update, and record the runbook on the deployment (procedureRef).")
    .Check(ctx =>
    {
        var prefix = ctx.Param<string>("procedurePrefix");
        var deployments = ctx.Evidence<UpdateDeployment>().ToList();
        if (deployments.Count == 0)
            return ctx.NoEvidence("No update deployment is recorded in the window.");
        var production = deployments.Where(d => d.Record.Environment == DeploymentEnvironment.Production).ToList();
        if (production.Count == 0)
            return ctx.NotApplicable($"None of the {deployments.Count} update deployments of the window went to production.");
        var findings = production
            .Where(d => string.IsNullOrWhiteSpace(d.Record.ProcedureRef) || !d.Record.ProcedureRef.StartsWith(prefix, StringComparison.Ordinal))
            .Select(d => new Finding(string.IsNullOrWhiteSpace(d.Record.ProcedureRef)
                ? $"Production update {d.Record.Product} {d.Record.Version} ({d.Record.ChangeId}) at {ctx.Window.Format(d.At)} names no documented procedure."
                : $"Production update {d.Record.Product} {d.Record.Version} ({d.Record.ChangeId}) at {ctx.Window.Format(d.At)} followed \"{d.Record.ProcedureRef}\", which is not under \"{prefix}\".")
            {
                Start = d.At,
                End = d.Record.CompletedAt,
                Subject = d.Record.ChangeId,
                Evidence = [d.Ref],
            })
            .ToList();
        var procedures = production.Select(d => d.Record.ProcedureRef).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        return findings.Count == 0
            ? ctx.Pass($"All {production.Count} production updates followed a documented procedure ({string.Join(", ", procedures)}).", production.Select(d => d.Ref))
            : ctx.Fail($"{findings.Count} of {production.Count} production updates without a documented procedure.", findings, production.Select(d => d.Ref));
    });

Control("UPD-DEPLOY-03")
    .Title("System monitored during and after every production update")
    .Description("Every production update deployment records that the system was watched until at least the configured time after it completed, and every host kept reporting resource samples without a gap over the limit from the deployment's start to that time.")
    .Severity(Severity.Medium)
    .Implements("UPD-PROC-DEPLOY-03")
    .Maps(Frameworks.Soc2, "CC7.1")
    .Maps(Frameworks.Iso27001, "A.8.16")
    .Maps(Frameworks.Nist80053, "SI-4")
    .Tags("updates", "deployment", "monitoring")
    .Parameter("monitorFor", TimeSpan.FromHours(2), "Shortest time the system must be watched after a production update completes: long enough for the first users and the first scheduled jobs.")
    .Parameter("maxSampleGap", TimeSpan.FromMinutes(20), "Longest allowed time between resource samples of a host while an update is watched: the usual 15-minute sampling plus some slack.")
    .Remediation("Watch dashboards and alerts during every production update and for at least the configured time after it, record until when (monitoredUntil), and keep resource sampling running on every host meanwhile.")
    .Check(ctx =>
    {
        var monitorFor = ctx.Param<TimeSpan>("monitorFor");
        var maxGap = ctx.Param<TimeSpan>("maxSampleGap");
        var deployments = ctx.Evidence<UpdateDeployment>().ToList();
        if (deployments.Count == 0)
            return ctx.NoEvidence("No update deployment is recorded in the window.");
        var production = deployments.Where(d => d.Record.Environment == DeploymentEnvironment.Production).ToList();
        if (production.Count == 0)
            return ctx.NotApplicable($"None of the {deployments.Count} update deployments of the window went to production.");
        var findings = new List<Finding>();
        foreach (var d in production)
        {
            var name = $"Production update {d.Record.Product} {d.Record.Version} ({d.Record.ChangeId})";
            var completed = d.Record.CompletedAt ?? d.At;
            var required = completed + monitorFor;
            var until = d.Record.MonitoredUntil;
            if (until is null || until < required)
                findings.Add(new Finding(until is { } watchedUntil
                    ? $"{name} completed at {ctx.Window.Format(completed)} was watched only until {ctx.Window.Format(watchedUntil)}, not the {Durations.Format(monitorFor)} after completion."
                    : $"{name} completed at {ctx.Window.Format(completed)} records no monitoring after the update.")
                {
                    Start = d.At,
                    End = required,
                    Subject = d.Record.ChangeId,
                    Evidence = [d.Ref],
                });
            var watch = new AuditWindow(d.At, required, ctx.Window.Zone);
            var samples = ctx.Query<ResourceSample>(d.At - maxGap, required + maxGap).ToList();
            if (samples.Count == 0)
            {
                findings.Add(CheckContext.Period($"{name}: no resource sample of any host from {ctx.Window.Format(d.At)} to {ctx.Window.Format(required)}.", d.At, required, [d.Ref]) with { Subject = d.Record.ChangeId });
                continue;
            }
            foreach (var host in samples.Select(s => s.Record.Host).Distinct().Order(StringComparer.Ordinal))
                findings.AddRange(samples.Where(s => s.Record.Host == host).Gaps(watch, maxGap).ToFindings(ctx.Window, $"resource sample during {d.Record.ChangeId}", host));
        }
        return findings.Count == 0
            ? ctx.Pass($"All {production.Count} production updates were watched at least {Durations.Format(monitorFor)} after completion, with resource samples of every host throughout.", production.Select(d => d.Ref))
            : ctx.Fail($"{findings.Count} monitoring shortfall(s) over {production.Count} production updates.", findings, production.Select(d => d.Ref));
    });
