// Update Management › Update Process › Testing: staging first, regression tests, compatibility with
// customisations. Also the schedule's monthly "Apply major updates (after testing in staging)": major versions
// are judged with every other production update, and the message counts them separately.

Control("UPD-TEST-01")
    .Title("Every production update first passed staging and regression tests")
    .Description("Every production update deployment of the window is preceded, at most the configured time before, by a successful deployment of the same product and version to staging (or test) and by a passing regression test run of that version or change.")
    .Severity(Severity.High)
    .Implements("UPD-PROC-TEST-01", "UPD-PROC-TEST-02", "MS-MONTHLY-01")
    .Maps(Frameworks.Soc2, "CC8.1")
    .Maps(Frameworks.Iso27001, "A.8.32")
    .Maps(Frameworks.Nist80053, "CM-4")
    .Maps(Frameworks.Nist80053, "CM-3")
    .Tags("updates", "testing", "staging")
    .Parameter("maxLead", TimeSpan.FromDays(30), "Longest time between the staging deployment or regression run and the production deployment: older results no longer describe the environment being updated.")
    .Remediation("Deploy every update (major ones above all) to staging first, run the regression suite against that version there, and promote to production only after both succeeded; repeat the missing steps for the updates listed.")
    .Check(ctx =>
    {
        var maxLead = ctx.Param<TimeSpan>("maxLead");
        var inWindow = ctx.Evidence<UpdateDeployment>().ToList();
        if (inWindow.Count == 0)
            return ctx.NoEvidence("No update deployment is recorded in the window.");
        var production = inWindow.Where(d => d.Record.Environment == DeploymentEnvironment.Production).ToList();
        if (production.Count == 0)
            return ctx.NotApplicable($"None of the {inWindow.Count} update deployments of the window went to production.");
        var staged = ctx.Evidence<UpdateDeployment>(lookback: maxLead)
            .Where(d => d.Record.Environment is DeploymentEnvironment.Staging or DeploymentEnvironment.Test && d.Record.Outcome == DeploymentOutcome.Success)
            .ToList();
        var regression = ctx.Evidence<TestRun>(lookback: maxLead)
            .Where(t => t.Record.Type == TestType.Regression && t.Record.Outcome == CheckOutcome.Passed)
            .ToList();
        var notStaged = production.PrecededBy(staged, maxLead, (p, s) => s.Product == p.Product && s.Version == p.Version);
        var notTested = production.PrecededBy(regression, maxLead, (p, t) => (t.Version is not null && t.Version == p.Version) || (t.ChangeId is not null && t.ChangeId == p.ChangeId));
        string Name(UpdateDeployment d) => $"{(d.Major ? "Major" : "Production")} update {d.Product} {d.Version}";
        var findings = notStaged.Select(m => m.ToFinding(ctx.Window, Name(m.Event.Record), "successful staging deployment of that version", m.Event.Record.ChangeId))
            .Concat(notTested.Select(m => m.ToFinding(ctx.Window, Name(m.Event.Record), "passing regression run of that version", m.Event.Record.ChangeId)))
            .OrderBy(f => f.End).ThenBy(f => f.Message, StringComparer.Ordinal)
            .ToList();
        var majors = production.Count(d => d.Record.Major);
        var failing = production.Where(d => notStaged.Any(m => m.Event.Ref == d.Ref) || notTested.Any(m => m.Event.Ref == d.Ref)).ToList();
        return findings.Count == 0
            ? ctx.Pass($"All {production.Count} production updates ({majors} major) were deployed to staging and passed regression tests first.", production.Select(d => d.Ref))
            : ctx.Fail($"{failing.Count} of {production.Count} production updates ({failing.Count(d => d.Record.Major)} of {majors} major) were not deployed to staging and regression-tested first: {notStaged.Count} without staging deployment, {notTested.Count} without passing regression run.", findings, failing.Select(d => d.Ref));
    });

Control("UPD-TEST-02")
    .Title("Compatibility with customisations checked before every production update")
    .Description("Every production update deployment of the window is preceded, at most the configured time before, by a passing compatibility test run (the installation's customisations, plug-ins and integrations against the new version) of that version or change.")
    .Severity(Severity.Medium)
    .Implements("UPD-PROC-TEST-03")
    .Maps(Frameworks.Soc2, "CC8.1")
    .Maps(Frameworks.Iso27001, "A.8.32")
    .Maps(Frameworks.Nist80053, "CM-4")
    .Tags("updates", "testing", "compatibility")
    .Parameter("maxLead", TimeSpan.FromDays(30), "Longest time between the compatibility run and the production deployment: older results no longer describe the customisations being updated.")
    .Remediation("Keep a compatibility suite for the installation's customisations (templates, scripts, plug-ins, integrations), run it against every new version before production, and record the run (test-run, type compatibility).")
    .Check(ctx =>
    {
        var maxLead = ctx.Param<TimeSpan>("maxLead");
        var deployments = ctx.Evidence<UpdateDeployment>().ToList();
        if (deployments.Count == 0)
            return ctx.NoEvidence("No update deployment is recorded in the window.");
        var production = deployments.Where(d => d.Record.Environment == DeploymentEnvironment.Production).ToList();
        if (production.Count == 0)
            return ctx.NotApplicable($"None of the {deployments.Count} update deployments of the window went to production.");
        var compatibility = ctx.Evidence<TestRun>(lookback: maxLead)
            .Where(t => t.Record.Type == TestType.Compatibility && t.Record.Outcome == CheckOutcome.Passed)
            .ToList();
        var misses = production.PrecededBy(compatibility, maxLead, (p, t) => (t.Version is not null && t.Version == p.Version) || (t.ChangeId is not null && t.ChangeId == p.ChangeId));
        return misses.Count == 0
            ? ctx.Pass($"All {production.Count} production updates passed a compatibility run first.", production.Select(d => d.Ref))
            : ctx.Fail($"{misses.Count} of {production.Count} production updates without a passing compatibility run in the {Durations.Format(maxLead)} before.", misses.Select(m => m.ToFinding(ctx.Window, $"Production update {m.Event.Record.Product} {m.Event.Record.Version}", "passing compatibility run of that version", m.Event.Record.ChangeId)));
    });
