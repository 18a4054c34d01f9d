// Maintenance Schedule › Weekly Tasks: updates, user activity, database performance, integrations, automated tests.
// Weeks are ISO weeks (Monday to Monday) in the installation's time zone; only weeks entirely inside the
// window are judged.

Control("SCH-WEEKLY-01")
    .Title("Updates applied to production every week")
    .Description("Every ISO week of the window holds at least one successful production update deployment: the weekly maintenance window for non-critical updates and patches was used. Security patch deadlines are judged by the security controls.")
    .Severity(Severity.Medium)
    .Implements("MS-WEEKLY-01")
    .Maps(Frameworks.Soc2, "CC8.1")
    .Maps(Frameworks.Iso27001, "A.8.32")
    .Maps(Frameworks.Nist80053, "SI-2")
    .Tags("schedule", "weekly", "updates")
    .Remediation("Hold a weekly update window in which pending non-critical updates and patches are deployed to production, and import the deployment records; explain or catch up on the weeks listed.")
    .Check(ctx =>
    {
        var deployments = ctx.Evidence<UpdateDeployment>().ToList();
        var applied = deployments.Where(d => d.Record.Environment == DeploymentEnvironment.Production && d.Record.Outcome == DeploymentOutcome.Success).ToList();
        var weeks = applied.Coverage(ctx.Window, CalendarUnit.IsoWeek);
        if (weeks.Required.Count == 0)
            return ctx.NotApplicable("The window holds no whole ISO week; weekly updates are judged per whole week.");
        if (deployments.Count == 0)
            return ctx.NoEvidence("No update deployment is recorded in the window.");
        return weeks.Passed
            ? ctx.Pass($"A successful production update in each of the {weeks.Required.Count} weeks ({applied.Count} updates).", applied.Select(d => d.Ref))
            : ctx.Fail($"{weeks.Missing.Count} of {weeks.Required.Count} weeks without a successful production update.", weeks.ToFindings(ctx.Window, "successful production update"), applied.Select(d => d.Ref));
    });

Control("SCH-WEEKLY-02")
    .Title("User activity logs reviewed every week")
    .Description("Every ISO week of the window holds a recorded review of the user activity log.")
    .Severity(Severity.Medium)
    .Implements("MS-WEEKLY-02")
    .Maps(Frameworks.Soc2, "CC7.2")
    .Maps(Frameworks.Iso27001, "A.8.15")
    .Maps(Frameworks.Nist80053, "AU-6")
    .Tags("schedule", "weekly", "logging")
    .Remediation("Review the user activity log once a week (unusual hours, mass downloads, permission changes) and record the review (log-review, source user-activity).")
    .Check(ctx =>
    {
        var reviews = ctx.Evidence<LogReview>().Where(r => r.Record.Source == LogSource.UserActivity).ToList();
        var weeks = reviews.Coverage(ctx.Window, CalendarUnit.IsoWeek);
        if (weeks.Required.Count == 0)
            return ctx.NotApplicable("The window holds no whole ISO week; weekly reviews are judged per whole week.");
        if (reviews.Count == 0)
            return ctx.NoEvidence("No review of the user activity log (log-review, source user-activity) is recorded in the window.");
        return weeks.Passed
            ? ctx.Pass($"A user-activity review in each of the {weeks.Required.Count} weeks ({reviews.Count} reviews).", reviews.Select(r => r.Ref))
            : ctx.Fail($"{weeks.Missing.Count} of {weeks.Required.Count} weeks without a user-activity review.", weeks.ToFindings(ctx.Window, "user-activity review"), reviews.Select(r => r.Ref));
    });

Control("SCH-WEEKLY-03")
    .Title("Database performance checked every week")
    .Description("Every database that reports slow queries has a slow-query report in every ISO week of the window: its performance was looked at weekly.")
    .Severity(Severity.Low)
    .Implements("MS-WEEKLY-03")
    .Maps(Frameworks.Soc2, "A1.1")
    .Maps(Frameworks.Iso27001, "A.8.6")
    .Maps(Frameworks.Nist80053, "SI-4")
    .Tags("schedule", "weekly", "database", "performance")
    .Remediation("Produce a slow-query report (pg_stat_statements or the slow query log) for every database at least weekly, review it, and import it.")
    .Check(ctx =>
    {
        var reports = ctx.Evidence<SlowQueryReport>().ToList();
        if (CalendarPeriods.Of(ctx.Window, CalendarUnit.IsoWeek).FirstOrDefault() is null)
            return ctx.NotApplicable("The window holds no whole ISO week; weekly checks are judged per whole week.");
        if (reports.Count == 0)
            return ctx.NoEvidence("No slow-query report of any database is recorded in the window.");
        var databases = reports.Select(r => r.Record.Database).Distinct().Order(StringComparer.Ordinal).ToList();
        var findings = databases
            .SelectMany(db => reports.Where(r => r.Record.Database == db).Coverage(ctx.Window, CalendarUnit.IsoWeek).ToFindings(ctx.Window, "slow-query report", db))
            .ToList();
        var weeks = CalendarPeriods.Of(ctx.Window, CalendarUnit.IsoWeek).Count();
        return findings.Count == 0
            ? ctx.Pass($"{databases.Count} database(s) with a slow-query report in each of the {weeks} weeks ({reports.Count} reports).", reports.Select(r => r.Ref))
            : ctx.Fail($"{findings.Count} database-week(s) of {databases.Count * weeks} without a slow-query report.", findings, reports.Select(r => r.Ref));
    });

Control("SCH-WEEKLY-04")
    .Title("Integration functionality verified every week")
    .Description("Every integration that is probed has, in every ISO week of the window, at least one healthy check with successful authentication.")
    .Severity(Severity.Medium)
    .Implements("MS-WEEKLY-04")
    .Maps(Frameworks.Soc2, "A1.1")
    .Maps(Frameworks.Iso27001, "A.8.16")
    .Maps(Frameworks.Nist80053, "SI-4")
    .Tags("schedule", "weekly", "integration")
    .Remediation("Probe every integration's endpoint with its real credentials at least weekly (a synthetic check), fix the integrations listed, and import the checks.")
    .Check(ctx =>
    {
        var checks = ctx.Evidence<IntegrationCheck>().ToList();
        if (CalendarPeriods.Of(ctx.Window, CalendarUnit.IsoWeek).FirstOrDefault() is null)
            return ctx.NotApplicable("The window holds no whole ISO week; weekly verification is judged per whole week.");
        if (checks.Count == 0)
            return ctx.NoEvidence("No integration check is recorded in the window.");
        var integrations = checks.Select(c => c.Record.Integration).Distinct().Order(StringComparer.Ordinal).ToList();
        var healthy = checks.Where(c => c.Record.Outcome == IntegrationOutcome.Healthy && c.Record.AuthenticationOk).ToList();
        var findings = integrations
            .SelectMany(name => healthy.Where(c => c.Record.Integration == name).Coverage(ctx.Window, CalendarUnit.IsoWeek).ToFindings(ctx.Window, "healthy, authenticated check", name))
            .ToList();
        var weeks = CalendarPeriods.Of(ctx.Window, CalendarUnit.IsoWeek).Count();
        var evidence = integrations.SelectMany(name => checks.Where(c => c.Record.Integration == name).TakeLast(1)).Select(c => c.Ref);
        return findings.Count == 0
            ? ctx.Pass($"{integrations.Count} integration(s) verified healthy in each of the {weeks} weeks ({healthy.Count} of {checks.Count} checks healthy).", evidence)
            : ctx.Fail($"{findings.Count} integration-week(s) of {integrations.Count * weeks} without a healthy, authenticated check.", findings, evidence);
    });

Control("SCH-WEEKLY-05")
    .Title("Automated tests pass every week")
    .Description("Every ISO week of the window holds at least one passing run of the automated test suite.")
    .Severity(Severity.Medium)
    .Implements("MS-WEEKLY-05")
    .Maps(Frameworks.Soc2, "CC8.1")
    .Maps(Frameworks.Iso27001, "A.8.29")
    .Maps(Frameworks.Nist80053, "SA-11")
    .Tags("schedule", "weekly", "testing")
    .Remediation("Schedule the automated test suite at least weekly (e.g. a nightly CI job against staging), fix failing runs, and import the results (test-run, type automated).")
    .Check(ctx =>
    {
        var runs = ctx.Evidence<TestRun>().Where(r => r.Record.Type == TestType.Automated).ToList();
        var passing = runs.Where(r => r.Record.Outcome == CheckOutcome.Passed).ToList();
        var weeks = passing.Coverage(ctx.Window, CalendarUnit.IsoWeek);
        if (weeks.Required.Count == 0)
            return ctx.NotApplicable("The window holds no whole ISO week; weekly test runs are judged per whole week.");
        if (runs.Count == 0)
            return ctx.NoEvidence("No automated test run is recorded in the window.");
        return weeks.Passed
            ? ctx.Pass($"A passing automated test run in each of the {weeks.Required.Count} weeks ({passing.Count} of {runs.Count} runs passed).", passing.Select(r => r.Ref))
            : ctx.Fail($"{weeks.Missing.Count} of {weeks.Required.Count} weeks without a passing automated test run ({runs.Count - passing.Count} runs failed).", weeks.ToFindings(ctx.Window, "passing automated test run"), runs.Select(r => r.Ref));
    });
