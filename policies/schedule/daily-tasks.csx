// Maintenance Schedule › Daily Tasks: logs, backup completion, resource usage, security alerts and logins.
// Days are local calendar days of the installation's time zone (23 or 25 hours on DST change days); only
// days entirely inside the window are judged.

Control("SCH-DAILY-01")
    .Title("System logs reviewed every day")
    .Description("A named reviewer went through the system log for errors and warnings on every local day of the window, and recorded how many of each were found.")
    .Severity(Severity.Medium)
    .Implements("MS-DAILY-01")
    .Maps(Frameworks.Soc2, "CC7.2")
    .Maps(Frameworks.Iso27001, "A.8.15")
    .Maps(Frameworks.Nist80053, "AU-6")
    .Tags("schedule", "daily", "logging")
    .Remediation("Review the system log every day (e.g. as the first item of the on-call checklist) and record each review with its reviewer and the errors and warnings found; follow up the days listed.")
    .Check(ctx =>
    {
        var reviews = ctx.Evidence<LogReview>().Where(r => r.Record.Source == LogSource.System).ToList();
        var days = reviews.Coverage(ctx.Window, CalendarUnit.Day);
        if (days.Required.Count == 0)
            return ctx.NotApplicable("The window holds no whole local day; daily log reviews are judged per whole day.");
        if (reviews.Count == 0)
            return ctx.NoEvidence("No review of the system log (log-review, source system) is recorded in the window.");
        var errors = reviews.Sum(r => r.Record.ErrorsFound);
        var warnings = reviews.Sum(r => r.Record.WarningsFound);
        return days.Passed
            ? ctx.Pass($"A system-log review on each of the {days.Required.Count} days ({reviews.Count} reviews; {errors} errors and {warnings} warnings found).", reviews.Select(r => r.Ref))
            : ctx.Fail($"{days.Missing.Count} of {days.Required.Count} days without a system-log review.", days.ToFindings(ctx.Window, "system-log review"), reviews.Select(r => r.Ref));
    });

Control("SCH-DAILY-02")
    .Title("Backup completion verified every day")
    .Description("On every local day of the window at least one backup verification (checksum, integrity check or test restore) passed, proving that the backups of that day completed and are readable.")
    .Severity(Severity.High)
    .Implements("MS-DAILY-02")
    .Maps(Frameworks.Soc2, "A1.2")
    .Maps(Frameworks.Iso27001, "A.8.13")
    .Maps(Frameworks.Nist80053, "CP-9")
    .Tags("schedule", "daily", "backup")
    .Remediation("Run a backup verification job every day after the nightly backups (e.g. pgbackrest verify, restic check, borg check) and import its result; investigate the days listed.")
    .Check(ctx =>
    {
        var verifications = ctx.Evidence<BackupVerification>().ToList();
        var passed = verifications.Where(v => v.Record.Outcome == CheckOutcome.Passed).ToList();
        var days = passed.Coverage(ctx.Window, CalendarUnit.Day);
        if (days.Required.Count == 0)
            return ctx.NotApplicable("The window holds no whole local day; daily backup verification is judged per whole day.");
        if (verifications.Count == 0)
            return ctx.NoEvidence("No backup verification is recorded in the window.");
        var failed = verifications.Count - passed.Count;
        return days.Passed
            ? ctx.Pass($"A passed backup verification on each of the {days.Required.Count} days ({passed.Count} passed, {failed} failed).", passed.Select(v => v.Ref))
            : ctx.Fail($"{days.Missing.Count} of {days.Required.Count} days without a passed backup verification ({failed} verifications failed in the window).", days.ToFindings(ctx.Window, "passed backup verification"), verifications.Select(v => v.Ref));
    });

Control("SCH-DAILY-03")
    .Title("Resource usage of every host watched all day")
    .Description("CPU, memory and disk usage samples of every host that reports them follow each other without a gap over the limit, so resource usage can be checked for every part of every day. The message states the peak usage seen per host.")
    .Severity(Severity.Medium)
    .Implements("MS-DAILY-03")
    .Maps(Frameworks.Soc2, "A1.1")
    .Maps(Frameworks.Iso27001, "A.8.6")
    .Maps(Frameworks.Nist80053, "SI-4")
    .Tags("schedule", "daily", "monitoring", "cadence")
    .Parameter("maxInterval", TimeSpan.FromHours(1), "Longest allowed time between two resource samples of a host. Agents sample every 1 to 15 minutes; an hour without samples means part of the day went unwatched.")
    .Parameter("tolerance", TimeSpan.FromMinutes(5), "Delay accepted on top of the interval for late or batched sample delivery.")
    .Remediation("Keep the monitoring agent (node exporter, sar, the monitoring system) running on every host, alert when a host stops reporting, and import its samples; restore sampling on the hosts listed.")
    .Check(ctx =>
    {
        var limit = ctx.Param<TimeSpan>("maxInterval");
        var tolerance = ctx.Param<TimeSpan>("tolerance");
        // First pass: which hosts report, their peaks and first and last samples. Second pass: the gaps of
        // each host, streamed by subject. Nothing holds all samples in memory.
        var hosts = new Dictionary<string, (double Cpu, double Memory, double Disk, EvidenceRef First, EvidenceRef Last)>(StringComparer.Ordinal);
        var inWindow = 0;
        foreach (var sample in ctx.Evidence<ResourceSample>())
        {
            var record = sample.Record;
            inWindow++;
            var peak = hosts.TryGetValue(record.Host, out var seen) ? seen : (0, 0, 0, sample.Ref, sample.Ref);
            hosts[record.Host] = (Math.Max(peak.Cpu, record.CpuPercent), Math.Max(peak.Memory, record.MemoryPercent), Math.Max(peak.Disk, record.DiskPercent), peak.First, sample.Ref);
        }
        if (inWindow == 0)
            return ctx.NoEvidence("No resource sample (CPU, memory, disk) of any host is recorded in the window.");

        var peaks = hosts.OrderBy(h => h.Key, StringComparer.Ordinal).ToList();
        var findings = new List<Finding>();
        var summaries = new List<string>();
        foreach (var (host, peak) in peaks)
        {
            var gaps = ctx.Evidence<ResourceSample>(lookback: limit + tolerance, subject: host).Gaps(ctx.Window, limit, tolerance);
            findings.AddRange(gaps.ToFindings(ctx.Window, "resource sample", host));
            summaries.Add(FormattableString.Invariant($"{host} peak CPU {peak.Cpu:0.#}%, memory {peak.Memory:0.#}%, disk {peak.Disk:0.#}%"));
        }
        var evidence = peaks.SelectMany(h => new[] { h.Value.First, h.Value.Last });
        var limitText = $"{Durations.Format(limit)} (+{Durations.Format(tolerance)} tolerance)";
        return findings.Count == 0
            ? ctx.Pass($"{inWindow} samples of {peaks.Count} hosts, no gap over {limitText}: {string.Join("; ", summaries)}.", evidence)
            : ctx.Fail($"{findings.Count} gap(s) over {limitText} in the resource samples of {findings.Select(f => f.Subject).Distinct().Count()} of {peaks.Count} hosts.", findings, evidence);
    });

Control("SCH-DAILY-04")
    .Title("Security alerts and login attempts reviewed every day")
    .Description("On every local day of the window someone reviewed the security log (alerts) and the login log (login attempts, failures and lock-outs), each review recorded with its reviewer and findings.")
    .Severity(Severity.High)
    .Implements("MS-DAILY-04")
    .Maps(Frameworks.Soc2, "CC7.2")
    .Maps(Frameworks.Iso27001, "A.8.16")
    .Maps(Frameworks.Nist80053, "AU-6")
    .Tags("schedule", "daily", "security", "logging")
    .Remediation("Make the review of security alerts and of login attempts a daily task of the on-call admin, record each review (source security and source login), and catch up on the days listed.")
    .Check(ctx =>
    {
        var reviews = ctx.Evidence<LogReview>().Where(r => r.Record.Source is LogSource.Security or LogSource.Login).ToList();
        var security = reviews.Where(r => r.Record.Source == LogSource.Security).Coverage(ctx.Window, CalendarUnit.Day);
        var logins = reviews.Where(r => r.Record.Source == LogSource.Login).Coverage(ctx.Window, CalendarUnit.Day);
        if (security.Required.Count == 0)
            return ctx.NotApplicable("The window holds no whole local day; daily reviews are judged per whole day.");
        if (reviews.Count == 0)
            return ctx.NoEvidence("No review of the security log or of the login log (log-review, source security or login) is recorded in the window.");
        var findings = security.ToFindings(ctx.Window, "security-alert review")
            .Concat(logins.ToFindings(ctx.Window, "login-attempt review"))
            .OrderBy(f => f.Start).ThenBy(f => f.Message, StringComparer.Ordinal)
            .ToList();
        return findings.Count == 0
            ? ctx.Pass($"Security alerts and login attempts reviewed on each of the {security.Required.Count} days ({reviews.Count} reviews).", reviews.Select(r => r.Ref))
            : ctx.Fail($"{security.Missing.Count} of {security.Required.Count} days without a security-alert review and {logins.Missing.Count} without a login-attempt review.", findings, reviews.Select(r => r.Ref));
    });
