// Security Maintenance › Security Updates › Patch Management: "Apply security patches promptly",
// "Subscribe to security announcements", "Maintain a security update log".
using System.Globalization;

Control("SEC-PATCH-01")
    .Title("Security patches applied within their deadline")
    .Description("Every security patch applied to production in the window was applied within the deadline for its severity, counted from the vendor's release of the fix (critical 3 days, high 14 days, medium 30 days, low 90 days by default).")
    .Severity(Severity.Critical)
    .Implements("SEC-UPD-PATCH-01")
    .Maps(Frameworks.Soc2, "CC7.1")
    .Maps(Frameworks.Iso27001, "A.8.8")
    .Maps(Frameworks.Nist80053, "SI-2")
    .Tags("security", "patching")
    .Parameter("criticalDeadline", TimeSpan.FromDays(3), "Longest time from the vendor's release to production for a critical fix: 72 hours, the usual emergency-patch window for actively exploited flaws.")
    .Parameter("highDeadline", TimeSpan.FromDays(14), "Longest time from release to production for a high-severity fix: two weekly patch windows.")
    .Parameter("mediumDeadline", TimeSpan.FromDays(30), "Longest time from release to production for a medium-severity fix: one monthly cycle.")
    .Parameter("lowDeadline", TimeSpan.FromDays(90), "Longest time from release to production for a low-severity fix: one quarter.")
    .Remediation("Apply critical fixes as emergency changes within 72 hours of the advisory and the rest in the weekly patch window; for each late patch listed, record why it was late and shorten the path (unattended-upgrades for security, staged rollout).")
    .Check(ctx =>
    {
        var deadlines = new Dictionary<PatchSeverity, TimeSpan>
        {
            [PatchSeverity.Critical] = ctx.Param<TimeSpan>("criticalDeadline"),
            [PatchSeverity.High] = ctx.Param<TimeSpan>("highDeadline"),
            [PatchSeverity.Medium] = ctx.Param<TimeSpan>("mediumDeadline"),
            [PatchSeverity.Low] = ctx.Param<TimeSpan>("lowDeadline"),
        };
        var judged = 0;
        var undated = 0;
        var findings = new List<Finding>();
        foreach (var patch in ctx.Evidence<Patch>())
        {
            var p = patch.Record;
            if (!p.Security || p.Environment != DeploymentEnvironment.Production || p.Outcome != OperationOutcome.Success) continue;
            if (!deadlines.TryGetValue(p.Severity, out var deadline)) continue;
            if (p.ReleasedAt is not { } released)
            {
                undated++;
                continue;
            }

            judged++;
            var took = p.AppliedAt - released;
            if (took > deadline)
                findings.Add(new Finding($"{p.Severity.ToString().ToLowerInvariant()} security patch {p.Package} {p.Version}{(p.Advisory is null ? "" : $" ({p.Advisory})")} on {p.Host} was applied {Durations.Format(took)} after its release at {ctx.Window.Format(released)} (deadline {Durations.Format(deadline)}), at {ctx.Window.Format(p.AppliedAt)}.")
                {
                    Start = released,
                    End = p.AppliedAt,
                    Subject = p.Host,
                    Evidence = [patch.Ref],
                });
        }

        if (judged == 0)
            return ctx.NoEvidence(undated == 0
                ? "No security patch applied to production is recorded in the window."
                : $"{undated} security patch(es) were applied in the window but none records when its fix was released, so no deadline can be judged.");
        var skipped = undated == 0 ? "" : $" {undated} patch(es) without a release time could not be judged (see SEC-PATCH-03).";
        return findings.Count == 0
            ? ctx.Pass($"All {judged} security patches applied to production were applied within their deadline.{skipped}")
            : ctx.Fail($"{findings.Count} of {judged} security patches were applied after their deadline.{skipped}", findings, findings.SelectMany(f => f.Evidence));
    });

Control("SEC-PATCH-02")
    .Title("Subscribed to security announcements")
    .Description("At the end of the window at least one subscription to vendor security announcements is active, as observed recently, and no subscription has lapsed.")
    .Severity(Severity.Medium)
    .Implements("SEC-UPD-PATCH-02")
    .Maps(Frameworks.Iso27001, "A.5.6")
    .Maps(Frameworks.Iso27001, "A.8.8")
    .Maps(Frameworks.Nist80053, "SI-5")
    .Tags("security", "patching")
    .Parameter("maxAge", TimeSpan.FromDays(31), "How old the latest observation of the subscriptions may be at the window end: one monthly configuration export.")
    .Parameter("minActive", 1, "How many active subscriptions are required: one covers the operating system's security list; raise it to also require e.g. the database's and the application's.")
    .Remediation("Subscribe the security mailbox to the vendors' security lists (e.g. debian-security-announce, the PostgreSQL and Custojo advisories), re-activate lapsed subscriptions, and export the subscription list with the monthly evidence.")
    .Check(ctx =>
    {
        var maxAge = ctx.Param<TimeSpan>("maxAge");
        var minActive = ctx.Param<int>("minActive");
        var latest = ctx.LatestBy<AdvisorySubscription>(s => s.Source, maxAge);
        if (latest.Count == 0)
            return ctx.NoEvidence($"No security-announcement subscription observed in the {Durations.Format(maxAge)} before {ctx.Window.Format(ctx.Window.To)}.");

        var active = latest.Values.Where(s => s.Record.Active).ToList();
        var findings = latest.Values.Where(s => !s.Record.Active)
            .Select(s => new Finding($"The subscription to {s.Record.Source} ({s.Record.Channel}, {s.Record.Subscriber}) is inactive as observed at {ctx.Window.Format(s.At)}.") { Subject = s.Record.Source, Evidence = [s.Ref] })
            .ToList();
        if (active.Count < minActive)
            findings.Add(new Finding($"{active.Count} active subscription(s) at the window end; at least {minActive} required.") { End = ctx.Window.To });
        var names = string.Join(", ", active.Select(s => s.Record.Source));
        return findings.Count == 0
            ? ctx.Pass($"{active.Count} active security-announcement subscription(s): {names}.", latest.Values.Select(s => s.Ref))
            : ctx.Fail($"{findings.Count} problem(s) with security-announcement subscriptions; {active.Count} active of {latest.Count}.", findings, latest.Values.Select(s => s.Ref));
    });

Control("SEC-PATCH-03")
    .Title("Security update log names advisory and release of every patch")
    .Description("The security update log is maintained: every security patch recorded in the window names the advisory it fixes and when the vendor released the fix, so the log shows what was fixed, where, and how promptly.")
    .Severity(Severity.Medium)
    .Implements("SEC-UPD-PATCH-03")
    .Maps(Frameworks.Soc2, "CC8.1")
    .Maps(Frameworks.Iso27001, "A.8.8")
    .Maps(Frameworks.Nist80053, "SI-2")
    .Tags("security", "patching", "change-log")
    .Parameter("requireAdvisory", true, "Whether each security patch must name its advisory (DSA/USN/CVE id); turn off only where the package source publishes none.")
    .Remediation("Import apt history together with the Debian security tracker (or use a patch tool that records the advisory and its release date) so every security update entry names its advisory and release time; fill in the entries listed.")
    .Check(ctx =>
    {
        var requireAdvisory = ctx.Param<bool>("requireAdvisory");
        var count = 0;
        var findings = new List<Finding>();
        foreach (var patch in ctx.Evidence<Patch>())
        {
            var p = patch.Record;
            if (!p.Security) continue;
            count++;
            var missing = new List<string>();
            if (requireAdvisory && string.IsNullOrWhiteSpace(p.Advisory)) missing.Add("the advisory it fixes");
            if (p.ReleasedAt is null) missing.Add("the release time of the fix");
            if (missing.Count > 0)
                findings.Add(new Finding($"Security patch {p.Package} {p.Version} on {p.Host} at {ctx.Window.Format(p.AppliedAt)} does not record {string.Join(" or ", missing)}.")
                {
                    Start = p.AppliedAt,
                    End = p.AppliedAt,
                    Subject = p.Host,
                    Evidence = [patch.Ref],
                });
        }

        if (count == 0)
            return ctx.NoEvidence("No security patch is recorded in the window: the security update log is empty.");
        return findings.Count == 0
            ? ctx.Pass($"{count} security update log entries, each with its advisory and release time.")
            : ctx.Fail($"{findings.Count} of {count} security update log entries are incomplete.", findings, findings.SelectMany(f => f.Evidence));
    });
