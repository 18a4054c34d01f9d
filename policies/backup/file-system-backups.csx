// Backup Management › Backup Strategy › File System Backups: daily backups of uploads and documents, weekly
// full system backups, incremental backups between full backups.

Control("BKP-FS-01")
    .Title("Uploaded files and documents backed up every day")
    .Description("Each configured file-system scope (by default uploads and documents) has a successful file-system backup on every local day of the window.")
    .Severity(Severity.High)
    .Implements("BKP-STR-FS-01")
    .Maps(Frameworks.Soc2, "A1.2")
    .Maps(Frameworks.Iso27001, "A.8.13")
    .Maps(Frameworks.Nist80053, "CP-9")
    .Tags("backup", "files", "daily")
    .Parameter("scopes", "uploads,documents", "Comma-separated file-system scopes (the backup run's scope) that need a daily backup: the guide names uploaded files and documents.")
    .Remediation("Back up the upload and document stores every day (e.g. a nightly restic or borg job per store, tagged with its scope), alert on failures, and rerun the backups on the days listed.")
    .Check(ctx =>
    {
        var scopes = ctx.Param<string>("scopes").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Order(StringComparer.Ordinal).ToList();
        var days = CalendarPeriods.Of(ctx.Window, CalendarUnit.Day).Count();
        if (days == 0)
            return ctx.NotApplicable("The window holds no whole local day; daily backups are judged per whole day.");
        if (scopes.Count == 0)
            return ctx.NotApplicable("No file-system scope is configured (parameter scopes is empty).");
        var runs = ctx.Evidence<BackupRun>().Where(b => b.Record.Category == BackupCategory.FileSystem).ToList();
        if (runs.Count == 0)
            return ctx.NoEvidence("No file-system backup run is recorded in the window.");
        var successful = runs.Where(b => b.Record.Outcome == BackupOutcome.Success).ToList();
        var findings = scopes
            .SelectMany(scope => successful.Where(b => b.Record.Scope == scope).Coverage(ctx.Window, CalendarUnit.Day).ToFindings(ctx.Window, "successful file-system backup", scope))
            .ToList();
        return findings.Count == 0
            ? ctx.Pass($"{string.Join(" and ", scopes)} backed up on each of the {days} days ({successful.Count} successful runs).", successful.Select(b => b.Ref))
            : ctx.Fail($"{findings.Count} scope-day(s) of {scopes.Count * days} without a successful file-system backup.", findings, successful.Select(b => b.Ref));
    });

Control("BKP-FS-02")
    .Title("Full system backup every week")
    .Description("Every system (host) that is backed up has a successful full system backup in every ISO week of the window.")
    .Severity(Severity.High)
    .Implements("BKP-STR-FS-02")
    .Maps(Frameworks.Soc2, "A1.2")
    .Maps(Frameworks.Iso27001, "A.8.13")
    .Maps(Frameworks.Nist80053, "CP-9")
    .Tags("backup", "system", "weekly")
    .Remediation("Run a full system backup of every host once a week (e.g. a weekend restic or borg job of the whole root file system), alert on failures, and rerun it for the weeks listed.")
    .Check(ctx =>
    {
        var weeks = CalendarPeriods.Of(ctx.Window, CalendarUnit.IsoWeek).Count();
        if (weeks == 0)
            return ctx.NotApplicable("The window holds no whole ISO week; weekly backups are judged per whole week.");
        var runs = ctx.Evidence<BackupRun>().Where(b => b.Record.Category == BackupCategory.System).ToList();
        if (runs.Count == 0)
            return ctx.NoEvidence("No system backup run is recorded in the window.");
        var full = runs.Where(b => b.Record.Type == BackupType.Full && b.Record.Outcome == BackupOutcome.Success).ToList();
        var systems = runs.Select(b => b.Record.Target).Distinct().Order(StringComparer.Ordinal).ToList();
        var findings = systems
            .SelectMany(system => full.Where(b => b.Record.Target == system).Coverage(ctx.Window, CalendarUnit.IsoWeek).ToFindings(ctx.Window, "successful full system backup", system))
            .ToList();
        return findings.Count == 0
            ? ctx.Pass($"{systems.Count} system(s) with a successful full backup in each of the {weeks} weeks ({full.Count} full backups).", full.Select(b => b.Ref))
            : ctx.Fail($"{findings.Count} system-week(s) of {systems.Count * weeks} without a successful full system backup.", findings, full.Select(b => b.Ref));
    });

Control("BKP-FS-03")
    .Title("Incremental system backups between full backups")
    .Description("Every backed-up system has a successful system backup (incremental on the days between full backups) on every local day of the window, and every incremental or differential backup builds on a successful full backup of the same system taken at most the configured time before it.")
    .Severity(Severity.Medium)
    .Implements("BKP-STR-FS-03")
    .Maps(Frameworks.Soc2, "A1.2")
    .Maps(Frameworks.Iso27001, "A.8.13")
    .Maps(Frameworks.Nist80053, "CP-9")
    .Tags("backup", "system", "daily")
    .Parameter("maxChainAge", TimeSpan.FromDays(8), "Longest time from an incremental system backup back to the full backup it builds on: the weekly full backup plus one day of slack.")
    .Remediation("Run an incremental system backup every day between the weekly full backups, keep each chain based on a recent full backup, and rerun the backups listed.")
    .Check(ctx =>
    {
        var maxChainAge = ctx.Param<TimeSpan>("maxChainAge");
        var days = CalendarPeriods.Of(ctx.Window, CalendarUnit.Day).Count();
        if (days == 0)
            return ctx.NotApplicable("The window holds no whole local day; daily backups are judged per whole day.");
        var runs = ctx.Evidence<BackupRun>(lookback: maxChainAge).Where(b => b.Record.Category == BackupCategory.System).ToList();
        if (!runs.Any(b => ctx.Window.Contains(b.At)))
            return ctx.NoEvidence("No system backup run is recorded in the window.");
        var successful = runs.Where(b => b.Record.Outcome == BackupOutcome.Success && b.Record.Type != BackupType.TransactionLog).ToList();
        var full = successful.Where(b => b.Record.Type == BackupType.Full).ToList();
        var incremental = successful.Where(b => ctx.Window.Contains(b.At) && b.Record.Type is BackupType.Incremental or BackupType.Differential).ToList();
        var findings = new List<Finding>();
        foreach (var system in runs.Where(b => ctx.Window.Contains(b.At)).Select(b => b.Record.Target).Distinct().Order(StringComparer.Ordinal))
            findings.AddRange(successful.Where(b => b.Record.Target == system).Coverage(ctx.Window, CalendarUnit.Day).ToFindings(ctx.Window, "successful system backup", system));
        var orphans = incremental.PrecededBy(full, maxChainAge, (i, f) => i.Target == f.Target);
        findings.AddRange(orphans.Select(miss => miss.ToFinding(ctx.Window, "Incremental system backup", "successful full backup to build on", miss.Event.Record.Target)));
        return findings.Count == 0
            ? ctx.Pass($"{incremental.Count} incremental system backups, each within {Durations.Format(maxChainAge)} of a full backup; a system backup on each of the {days} days.", incremental.Take(1).Concat(incremental.TakeLast(1)).Select(b => b.Ref))
            : ctx.Fail($"{findings.Count - orphans.Count} system-day(s) without a system backup and {orphans.Count} incremental backup(s) without a full backup in the {Durations.Format(maxChainAge)} before.", findings.OrderBy(f => f.Start).ThenBy(f => f.Message, StringComparer.Ordinal), findings.SelectMany(f => f.Evidence));
    });
