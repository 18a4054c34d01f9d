// Best Practices: "Document all maintenance procedures", "Maintain a change log", "Create a disaster recovery plan",
// "Test recovery procedures regularly", "Keep the team trained on maintenance procedures",
// "Establish communication protocols for system issues".

Control("BPR-01")
    .Title("Maintenance procedures documented and reviewed within a year")
    .Description("Every maintenance document reviewed in the last two review intervals has been reviewed within the last interval, and its latest review did not find it outdated.")
    .Severity(Severity.Medium)
    .Implements("BP-01")
    .Maps(Frameworks.Soc2, "CC5.3")
    .Maps(Frameworks.Iso27001, "A.5.37")
    .Maps(Frameworks.Nist80053, "SA-5")
    .Tags("practices", "documentation")
    .Parameter("maxAge", TimeSpan.FromDays(365), "How old the latest review of each maintenance document may be at the window end: yearly at least.")
    .Remediation("Keep every maintenance procedure (backup, restore, update, incident) in the document system, review each at least yearly, and update the documents whose latest review found them outdated.")
    .Check(ctx =>
    {
        var maxAge = ctx.Param<TimeSpan>("maxAge");
        var reviews = ctx.Query<DocumentationReview>(ctx.Window.To - maxAge - maxAge, ctx.Window.To).ToList();
        if (reviews.Count == 0)
            return ctx.NoEvidence($"No documentation review in the {Durations.Format(maxAge + maxAge)} before {ctx.Window.Format(ctx.Window.To)}: maintenance procedures are not shown to be documented.");

        var findings = new List<Finding>();
        var documents = reviews.Select(r => r.Record.Document).Distinct().Order(StringComparer.Ordinal).ToList();
        foreach (var document in documents)
        {
            var freshness = reviews.Where(r => r.Record.Document == document).Freshness(ctx.Window.To, maxAge);
            if (freshness.IsStale)
                findings.Add(freshness.ToFinding(ctx.Window, "review", document));
            else if (freshness.Latest!.Record.Outcome == DocumentOutcome.Outdated)
                findings.Add(new Finding($"{document}: found outdated by {freshness.Latest.Record.Reviewer} at {ctx.Window.Format(freshness.Latest.At)} and not updated since.") { Subject = document, Start = freshness.Latest.At, Evidence = [freshness.Latest.Ref] });
        }

        return findings.Count == 0
            ? ctx.Pass($"{documents.Count} maintenance document(s), each reviewed within {Durations.Format(maxAge)} and current.", documents.Select(d => reviews.Last(r => r.Record.Document == d).Ref))
            : ctx.Fail($"{findings.Count} of {documents.Count} maintenance document(s) are overdue for review or outdated.", findings, findings.SelectMany(f => f.Evidence));
    });

Control("BPR-02")
    .Title("Change log entry for every production deployment")
    .Description("The change log is maintained: every successful production deployment has a change-log entry with the same change id recorded within the allowed time before or after it.")
    .Severity(Severity.Medium)
    .Implements("BP-02")
    .Maps(Frameworks.Soc2, "CC8.1")
    .Maps(Frameworks.Iso27001, "A.8.32")
    .Maps(Frameworks.Nist80053, "CM-3")
    .Tags("practices", "change-management")
    .Parameter("within", TimeSpan.FromDays(7), "How far before (planned change) or after (post-implementation record) the deployment its change-log entry may be recorded.")
    .Remediation("Record every production change in the change log under its change id (what, who, when), from the deployment tool or the change-management workflow, and add the missing entries listed.")
    .Check(ctx =>
    {
        var within = ctx.Param<TimeSpan>("within");
        var entries = ctx.Query<ChangeLogEntry>(ctx.Window.From - within, ctx.Window.To + within).ToList();
        var deployments = ctx.Evidence<UpdateDeployment>()
            .Where(d => d.Record.Environment == DeploymentEnvironment.Production && d.Record.Outcome == DeploymentOutcome.Success)
            .ToList();
        if (deployments.Count == 0)
            return entries.Any(e => ctx.Window.Contains(e.At))
                ? ctx.Pass($"{entries.Count(e => ctx.Window.Contains(e.At))} change-log entries in the window; no production deployment to match.", entries.Where(e => ctx.Window.Contains(e.At)).Select(e => e.Ref))
                : ctx.NoEvidence("No change-log entry and no production deployment in the window: the change log is not shown to be maintained.");

        var after = deployments.FollowedBy(entries, within, (d, e) => d.ChangeId == e.ChangeId).Select(m => m.Event).ToList();
        var misses = after.PrecededBy(entries, within, (d, e) => d.ChangeId == e.ChangeId);
        var findings = misses.Select(m => new Finding($"Production deployment {m.Event.Record.DeploymentId} ({m.Event.Record.Product} {m.Event.Record.Version}) at {ctx.Window.Format(m.Event.At)} has no change-log entry for {m.Event.Record.ChangeId} within {Durations.Format(within)} before or after it.")
        {
            Start = m.Event.At,
            End = m.Event.At,
            Subject = m.Event.Record.ChangeId,
            Evidence = [m.Event.Ref],
        }).ToList();
        return findings.Count == 0
            ? ctx.Pass($"All {deployments.Count} production deployments have a change-log entry with their change id ({entries.Count(e => ctx.Window.Contains(e.At))} entries in the window).", deployments.Select(d => d.Ref))
            : ctx.Fail($"{findings.Count} of {deployments.Count} production deployments have no change-log entry.", findings, findings.SelectMany(f => f.Evidence));
    });

Control("BPR-03")
    .Title("Disaster-recovery plan approved within the last year")
    .Description("A disaster-recovery plan exists and its latest approval is at most a year old at the window end.")
    .Severity(Severity.High)
    .Implements("BP-03")
    .Maps(Frameworks.Soc2, "CC9.1")
    .Maps(Frameworks.Soc2, "A1.2")
    .Maps(Frameworks.Iso27001, "A.5.29")
    .Maps(Frameworks.Iso27001, "A.5.30")
    .Maps(Frameworks.Nist80053, "CP-2")
    .Tags("practices", "continuity")
    .Parameter("maxAge", TimeSpan.FromDays(365), "How old the latest approval of the disaster-recovery plan may be at the window end: reviewed and approved yearly.")
    .Remediation("Write (or update) the disaster-recovery plan — scenarios, RTO/RPO, roles, restore runbooks, contacts — and have it reviewed and approved at least yearly.")
    .Check(ctx =>
    {
        var maxAge = ctx.Param<TimeSpan>("maxAge");
        var reviews = ctx.Evidence<DrPlanReview>(lookback: maxAge).ToList();
        if (reviews.Count == 0)
            return ctx.NoEvidence($"No disaster-recovery plan review in the window or the {Durations.Format(maxAge)} before it.");

        var approved = reviews.Where(r => r.Record.Outcome == PlanReviewOutcome.Approved).Freshness(ctx.Window.To, maxAge);
        return !approved.IsStale
            ? ctx.Pass($"Disaster-recovery plan {approved.Latest!.Record.PlanVersion} approved by {approved.Latest.Record.Approver} at {ctx.Window.Format(approved.Latest.At)}, {Durations.Format(approved.Age!.Value)} before the window end (limit {Durations.Format(maxAge)}).", [approved.Latest.Ref])
            : ctx.Fail("The disaster-recovery plan has no approval within the last year.", [approved.ToFinding(ctx.Window, "approved disaster-recovery plan")], reviews.TakeLast(1).Select(r => r.Ref));
    });

Control("BPR-04")
    .Title("Recovery procedures tested successfully at least twice a year")
    .Description("Disaster-recovery exercises that succeeded and met their RTO and RPO targets follow each other at most half a year apart over the whole window.")
    .Severity(Severity.High)
    .Implements("BP-04")
    .Maps(Frameworks.Soc2, "A1.3")
    .Maps(Frameworks.Iso27001, "A.5.30")
    .Maps(Frameworks.Nist80053, "CP-4")
    .Tags("practices", "continuity", "cadence")
    .Parameter("maxInterval", TimeSpan.FromDays(183), "Longest allowed time between two successful recovery exercises: twice a year (restore tests of backups are checked quarterly by BKP controls).")
    .Parameter("tolerance", TimeSpan.FromDays(14), "Slack for an exercise that slips by up to two weeks.")
    .Remediation("Run a disaster-recovery exercise (e.g. loss of the database server) at least twice a year, record the RTO and RPO achieved against their targets, and repeat failed exercises after fixing the plan.")
    .Check(ctx =>
    {
        var maxInterval = ctx.Param<TimeSpan>("maxInterval");
        var tolerance = ctx.Param<TimeSpan>("tolerance");
        var tests = ctx.Evidence<RecoveryTest>(lookback: maxInterval + tolerance).ToList();
        if (tests.Count == 0)
            return ctx.NoEvidence($"No recovery exercise in the window or the {Durations.Format(maxInterval + tolerance)} before it.");

        var qualifying = tests.Where(t => t.Record.Outcome == OperationOutcome.Success
            && !(t.Record.RtoTargetMinutes is { } rto && t.Record.RtoAchievedMinutes is { } rtoDone && rtoDone > rto)
            && !(t.Record.RpoTargetMinutes is { } rpo && t.Record.RpoAchievedMinutes is { } rpoDone && rpoDone > rpo)).ToList();
        var gaps = qualifying.Gaps(ctx.Window, maxInterval, tolerance);
        var failed = tests.Count - qualifying.Count;
        var note = failed == 0 ? "" : $" {failed} exercise(s) failed or missed their RTO/RPO and do not count.";
        return gaps.Passed
            ? ctx.Pass($"{qualifying.Count} successful recovery exercise(s) meeting their targets; longest gap {Durations.Format(gaps.Longest.Duration)} (limit {Durations.Format(gaps.Limit)}).{note}", qualifying.Select(t => t.Ref))
            : ctx.Fail($"{gaps.Gaps.Count} gap(s) between successful recovery exercises exceed {Durations.Format(maxInterval)} (+{Durations.Format(tolerance)}).{note}", gaps.ToFindings(ctx.Window, "successful recovery exercise"), tests.Select(t => t.Ref));
    });

Control("BPR-05")
    .Title("Every administrator trained on maintenance procedures within a year")
    .Description("Every enabled privileged account in the latest account snapshot (the administrators who run maintenance and are on call) has completed a maintenance-procedures training within the last year that has not expired at the window end.")
    .Severity(Severity.Medium)
    .Implements("BP-05")
    .Maps(Frameworks.Soc2, "CC1.4")
    .Maps(Frameworks.Iso27001, "A.6.3")
    .Maps(Frameworks.Nist80053, "AT-3")
    .Tags("practices", "training")
    .Parameter("maxAge", TimeSpan.FromDays(365), "How old an administrator's latest maintenance training may be at the window end: a yearly refresher.")
    .Parameter("course", "maintenance", "Text the training's course name must contain (case-insensitive) to count as training on maintenance procedures.")
    .Parameter("snapshotMaxAge", TimeSpan.FromDays(7), "How old the latest account snapshot may be at the window end.")
    .Remediation("Have every administrator listed complete the maintenance-procedures training (backup/restore, updates, incident communication) and repeat it yearly; record completions in the learning-management system.")
    .Check(ctx =>
    {
        var maxAge = ctx.Param<TimeSpan>("maxAge");
        var course = ctx.Param<string>("course");
        var snapshotMaxAge = ctx.Param<TimeSpan>("snapshotMaxAge");
        var accounts = ctx.LatestBy<Account>(a => a.User, snapshotMaxAge);
        if (accounts.Count == 0)
            return ctx.NoEvidence($"No account snapshot observed in the {Durations.Format(snapshotMaxAge)} before {ctx.Window.Format(ctx.Window.To)}: the administrators are not known.");
        var admins = accounts.Values.Where(a => a.Record.Privileged && !a.Record.Disabled).ToList();
        if (admins.Count == 0)
            return ctx.NotApplicable("No enabled privileged account in the latest snapshot: nobody needs the maintenance training.");

        var trainings = ctx.Evidence<TrainingRecord>(lookback: maxAge)
            .Where(t => t.Record.Course.Contains(course, StringComparison.OrdinalIgnoreCase) && (t.Record.ExpiresAt is not { } expires || expires > ctx.Window.To))
            .ToList();
        var findings = new List<Finding>();
        foreach (var admin in admins)
        {
            var freshness = trainings.Where(t => t.Record.User == admin.Record.User).Freshness(ctx.Window.To, maxAge);
            if (freshness.IsStale)
                findings.Add(freshness.ToFinding(ctx.Window, $"unexpired \"{course}\" training", admin.Record.User));
        }

        return findings.Count == 0
            ? ctx.Pass($"All {admins.Count} administrators completed a \"{course}\" training within {Durations.Format(maxAge)} that is still valid.", trainings.Select(t => t.Ref))
            : ctx.Fail($"{findings.Count} of {admins.Count} administrators have no valid maintenance training within {Durations.Format(maxAge)}.", findings, admins.Select(a => a.Ref));
    });

Control("BPR-06")
    .Title("Communication protocols for system issues current and reviewed yearly")
    .Description("At least one protocol for communicating system issues exists, every protocol reviewed in the last two review intervals was reviewed within the last one, names its contacts, and was not found outdated.")
    .Severity(Severity.Medium)
    .Implements("BP-06")
    .Maps(Frameworks.Soc2, "CC2.3")
    .Maps(Frameworks.Iso27001, "A.5.24")
    .Maps(Frameworks.Nist80053, "IR-8")
    .Tags("practices", "communication", "incident")
    .Parameter("maxAge", TimeSpan.FromDays(365), "How old the latest review of each communication protocol may be at the window end: yearly.")
    .Remediation("Write down who is told what, how and when for incidents and maintenance (on-call, service desk, customers), name the contacts, and review the protocol at least yearly.")
    .Check(ctx =>
    {
        var maxAge = ctx.Param<TimeSpan>("maxAge");
        var reviews = ctx.Query<CommunicationProtocolReview>(ctx.Window.To - maxAge - maxAge, ctx.Window.To).ToList();
        if (reviews.Count == 0)
            return ctx.NoEvidence($"No communication protocol review in the {Durations.Format(maxAge + maxAge)} before {ctx.Window.Format(ctx.Window.To)}.");

        var findings = new List<Finding>();
        var protocols = reviews.Select(r => r.Record.Protocol).Distinct().Order(StringComparer.Ordinal).ToList();
        foreach (var protocol in protocols)
        {
            var freshness = reviews.Where(r => r.Record.Protocol == protocol).Freshness(ctx.Window.To, maxAge);
            var latest = freshness.Latest!;
            if (freshness.IsStale)
                findings.Add(freshness.ToFinding(ctx.Window, "review", protocol));
            else if (latest.Record.Outcome == DocumentOutcome.Outdated)
                findings.Add(new Finding($"{protocol}: found outdated by {latest.Record.Reviewer} at {ctx.Window.Format(latest.At)} and not updated since.") { Subject = protocol, Start = latest.At, Evidence = [latest.Ref] });
            else if (latest.Record.Contacts is not { Count: > 0 })
                findings.Add(new Finding($"{protocol}: the review at {ctx.Window.Format(latest.At)} names no contacts.") { Subject = protocol, Start = latest.At, Evidence = [latest.Ref] });
        }

        return findings.Count == 0
            ? ctx.Pass($"{protocols.Count} communication protocol(s) ({string.Join(", ", protocols)}), each current, with contacts, and reviewed within {Durations.Format(maxAge)}.", protocols.Select(p => reviews.Last(r => r.Record.Protocol == p).Ref))
            : ctx.Fail($"{findings.Count} of {protocols.Count} communication protocol(s) are overdue, outdated or name no contacts.", findings, findings.SelectMany(f => f.Evidence));
    });
