// Backup Management › Backup Verification › Automated Verification: integrity checks, checksums, automated
// restoration to staging.
// BKP-VER-01 and BKP-VER-02 judge every successful full, differential or incremental backup started in
// [window start - within, window end - within): each backup is judged exactly once over consecutive windows,
// at the first window end by which its verification is due.

Control("BKP-VER-01")
    .Title("Every backup integrity-checked within a day")
    .Description("Every successful full, differential or incremental backup is followed by a passed automated integrity check of the same target (e.g. restic check, borg check, pgbackrest verify) within the configured time.")
    .Severity(Severity.High)
    .Implements("BKP-VER-AUTO-01")
    .Maps(Frameworks.Soc2, "A1.2")
    .Maps(Frameworks.Iso27001, "A.8.13")
    .Maps(Frameworks.Nist80053, "CP-9")
    .Tags("backup", "verification", "automated")
    .Parameter("within", TimeSpan.FromHours(24), "Longest time from the start of a backup to the passed integrity check of its target: one nightly verification run covers the previous day's backups.")
    .Remediation("Schedule an automated integrity check of every backup repository after the backups (restic check, borg check, pgbackrest verify), alert when it fails, and verify the backups listed.")
    .Check(ctx =>
    {
        var within = ctx.Param<TimeSpan>("within");
        var due = ctx.Query<BackupRun>(ctx.Window.From - within, ctx.Window.To - within)
            .Where(b => b.Record.Outcome == BackupOutcome.Success && b.Record.Type != BackupType.TransactionLog)
            .ToList();
        if (due.Count == 0)
            return ctx.NoEvidence($"No successful full, differential or incremental backup is due for verification in the window (backups started from {ctx.Window.Format(ctx.Window.From - within)} to {ctx.Window.Format(ctx.Window.To - within)}).");
        var checks = ctx.Query<BackupVerification>(ctx.Window.From - within, ctx.Window.To)
            .Where(v => v.Record.Method == VerificationMethod.Integrity && v.Record.Outcome == CheckOutcome.Passed)
            .ToList();
        var misses = due.FollowedBy(checks, within, (b, v) => b.Target == v.Target);
        var targets = due.Select(b => b.Record.Target).Distinct().Count();
        return misses.Count == 0
            ? ctx.Pass($"All {due.Count} backups of {targets} target(s) passed an integrity check within {Durations.Format(within)} ({checks.Count} passed checks).", due.Take(1).Concat(due.TakeLast(1)).Select(b => b.Ref).Concat(checks.TakeLast(1).Select(c => c.Ref)))
            : ctx.Fail($"{misses.Count} of {due.Count} backups have no passed integrity check within {Durations.Format(within)}.", misses.Select(m => m.ToFinding(ctx.Window, "Backup", "passed integrity check", m.Event.Record.Target)));
    });

Control("BKP-VER-02")
    .Title("Every backup's checksums verified within a day")
    .Description("Every successful full, differential or incremental backup is followed by a passed checksum verification of the same target within the configured time.")
    .Severity(Severity.High)
    .Implements("BKP-VER-AUTO-02")
    .Maps(Frameworks.Soc2, "A1.2")
    .Maps(Frameworks.Iso27001, "A.8.13")
    .Maps(Frameworks.Nist80053, "CP-9")
    .Tags("backup", "verification", "automated")
    .Parameter("within", TimeSpan.FromHours(24), "Longest time from the start of a backup to the passed checksum verification of its target: one nightly verification run covers the previous day's backups.")
    .Remediation("Verify the checksums of every backup automatically (e.g. restic check --read-data-subset, borg check --verify-data, pgbackrest verify), alert on mismatches, and verify the backups listed.")
    .Check(ctx =>
    {
        var within = ctx.Param<TimeSpan>("within");
        var due = ctx.Query<BackupRun>(ctx.Window.From - within, ctx.Window.To - within)
            .Where(b => b.Record.Outcome == BackupOutcome.Success && b.Record.Type != BackupType.TransactionLog)
            .ToList();
        if (due.Count == 0)
            return ctx.NoEvidence($"No successful full, differential or incremental backup is due for verification in the window (backups started from {ctx.Window.Format(ctx.Window.From - within)} to {ctx.Window.Format(ctx.Window.To - within)}).");
        var checks = ctx.Query<BackupVerification>(ctx.Window.From - within, ctx.Window.To)
            .Where(v => v.Record.Method == VerificationMethod.Checksum && v.Record.Outcome == CheckOutcome.Passed)
            .ToList();
        var misses = due.FollowedBy(checks, within, (b, v) => b.Target == v.Target);
        var targets = due.Select(b => b.Record.Target).Distinct().Count();
        return misses.Count == 0
            ? ctx.Pass($"All {due.Count} backups of {targets} target(s) passed a checksum verification within {Durations.Format(within)} ({checks.Count} passed verifications).", due.Take(1).Concat(due.TakeLast(1)).Select(b => b.Ref).Concat(checks.TakeLast(1).Select(c => c.Ref)))
            : ctx.Fail($"{misses.Count} of {due.Count} backups have no passed checksum verification within {Durations.Format(within)}.", misses.Select(m => m.ToFinding(ctx.Window, "Backup", "passed checksum verification", m.Event.Record.Target)));
    });

Control("BKP-VER-03")
    .Title("Automated restore to staging every week")
    .Description("Successful automated restore tests into the staging environment follow each other at most a week apart over the whole window, the window edges included.")
    .Severity(Severity.High)
    .Implements("BKP-VER-AUTO-03")
    .Maps(Frameworks.Soc2, "A1.3")
    .Maps(Frameworks.Iso27001, "A.8.13")
    .Maps(Frameworks.Nist80053, "CP-4")
    .Tags("backup", "verification", "automated", "cadence")
    .Parameter("maxInterval", TimeSpan.FromDays(7), "Longest allowed time between two successful automated restores to staging: weekly, so a broken backup is noticed within a week.")
    .Parameter("tolerance", TimeSpan.FromHours(12), "Delay accepted on top of the interval (a job moved within the weekend, the DST hour).")
    .Remediation("Automate a restore of the latest backup into staging at least weekly (e.g. a scheduled job that restores and starts the application), alert when it fails, and investigate the gaps listed.")
    .Check(ctx =>
    {
        var limit = ctx.Param<TimeSpan>("maxInterval");
        var tolerance = ctx.Param<TimeSpan>("tolerance");
        var tests = ctx.Evidence<RestoreTest>(lookback: limit + tolerance).ToList();
        if (!tests.Any(t => ctx.Window.Contains(t.At)))
            return ctx.NoEvidence("No restore test is recorded in the window.");
        var restores = tests
            .Where(t => t.Record.Automated && t.Record.TargetEnvironment == RestoreEnvironment.Staging && t.Record.Outcome == OperationOutcome.Success)
            .ToList();
        var gaps = restores.Gaps(ctx.Window, limit, tolerance);
        var limitText = $"{Durations.Format(limit)} (+{Durations.Format(tolerance)} tolerance)";
        return gaps.Passed
            ? ctx.Pass($"{gaps.EventCount} successful automated restores to staging; longest gap {Durations.Format(gaps.Longest.Duration)} (limit {limitText}).", restores.Where(t => ctx.Window.Contains(t.At)).Select(t => t.Ref))
            : ctx.Fail($"{gaps.Gaps.Count} gap(s) between successful automated restores to staging exceed {limitText}.", gaps.ToFindings(ctx.Window, "successful automated restore to staging"), gaps.Gaps.SelectMany(g => new[] { g.Before, g.After }).OfType<EvidenceRef>());
    });
