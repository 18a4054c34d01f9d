// Backup Management › Backup Verification › Manual Verification: quarterly full restoration tests, restoration
// tests of randomly selected files, documented restoration procedures and results.

Control("BKP-RST-01")
    .Title("Full restoration test every quarter")
    .Description("Every calendar quarter that overlaps the window and has ended by the window's end holds a successful full restoration test (a test before the window start counts for the quarter it falls in), and the latest successful full restoration test is at most a quarter old at the window's end. A quarter still running at the window's end is judged by that age only. Restore-test records are needed: with none at all the result is no-evidence.")
    .Severity(Severity.High)
    .Implements("BKP-VER-MAN-01")
    .Maps(Frameworks.Soc2, "A1.3")
    .Maps(Frameworks.Iso27001, "A.5.30")
    .Maps(Frameworks.Nist80053, "CP-4")
    .Tags("backup", "verification", "manual", "quarterly")
    .Parameter("maxAge", TimeSpan.FromDays(92), "Oldest the latest successful full restoration test may be at the window end: one quarter (92 days, the longest calendar quarter).")
    .Remediation("Plan a full restoration test (all data, into an isolated environment) in every quarter, record its outcome, duration and report, and hold the missed test now.")
    .Check(ctx =>
    {
        var maxAge = ctx.Param<TimeSpan>("maxAge");
        var firstQuarter = CalendarPeriods.Containing(ctx.Window.From, CalendarUnit.Quarter, ctx.Window.Zone);
        var from = firstQuarter.Start < ctx.Window.To - maxAge ? firstQuarter.Start : ctx.Window.To - maxAge;
        var tests = ctx.Query<RestoreTest>(from, ctx.Window.To).ToList();
        if (tests.Count == 0)
            return ctx.NoEvidence($"No restore test is recorded from {ctx.Window.Format(from)} to the window end.");
        var full = tests.Where(t => t.Record.Scope == RestoreScope.Full && t.Record.Outcome == OperationOutcome.Success).ToList();
        var quarters = full.Coverage(ctx.Window, CalendarUnit.Quarter, requirePartial: true);
        var ended = quarters.Required.Where(q => q.End <= ctx.Window.To).ToList();
        var missing = quarters.Missing.Where(q => q.End <= ctx.Window.To).ToList();
        var latest = full.Freshness(ctx.Window.To, maxAge);
        var findings = missing.Select(q => q.ToFinding(ctx.Window, "successful full restoration test")).ToList();
        if (latest.IsStale) findings.Add(latest.ToFinding(ctx.Window, "successful full restoration test"));
        var judged = ended.Count == 0 ? "no quarter ended in the window" : $"{ended.Count - missing.Count} of {ended.Count} ended quarter(s) covered";
        return findings.Count == 0
            ? ctx.Pass($"{judged}; the latest successful full restoration test is {Durations.Format(latest.Age!.Value)} old (limit {Durations.Format(maxAge)}).", full.Select(t => t.Ref))
            : ctx.Fail($"{missing.Count} quarter(s) without a successful full restoration test{(latest.IsStale ? $" and none in the {Durations.Format(maxAge)} before the window end" : "")} ({judged}).", findings, full.Select(t => t.Ref));
    });

Control("BKP-RST-02")
    .Title("Randomly selected files restored every month")
    .Description("Successful restoration tests of a random sample of files (at least the configured number of files) follow each other at most a month apart over the whole window, the window edges included.")
    .Severity(Severity.Medium)
    .Implements("BKP-VER-MAN-02")
    .Maps(Frameworks.Soc2, "A1.3")
    .Maps(Frameworks.Iso27001, "A.8.13")
    .Maps(Frameworks.Nist80053, "CP-4")
    .Tags("backup", "verification", "manual", "cadence")
    .Parameter("maxInterval", TimeSpan.FromDays(31), "Longest allowed time between two successful file-sampling restoration tests: monthly.")
    .Parameter("tolerance", TimeSpan.FromDays(1), "Delay accepted on top of the interval (a test moved by a day, the DST hour).")
    .Parameter("minFiles", 10, "Fewest randomly selected files a test must restore and compare to count: fewer says little about the backup.")
    .Remediation("Every month, restore a random sample of at least the configured number of files from the latest backup, compare them with the originals, and record the test (restore-test, scope files, filesSampled).")
    .Check(ctx =>
    {
        var limit = ctx.Param<TimeSpan>("maxInterval");
        var tolerance = ctx.Param<TimeSpan>("tolerance");
        var minFiles = ctx.Param<int>("minFiles");
        var tests = ctx.Evidence<RestoreTest>(lookback: limit + tolerance).ToList();
        if (!tests.Any(t => ctx.Window.Contains(t.At)))
            return ctx.NoEvidence("No restore test is recorded in the window.");
        var samples = tests.Where(t => t.Record.Scope == RestoreScope.Files && t.Record.Outcome == OperationOutcome.Success).ToList();
        var counted = samples.Where(t => t.Record.FilesSampled >= minFiles).ToList();
        var tooSmall = samples.Count(t => ctx.Window.Contains(t.At)) - counted.Count(t => ctx.Window.Contains(t.At));
        var gaps = counted.Gaps(ctx.Window, limit, tolerance);
        var limitText = $"{Durations.Format(limit)} (+{Durations.Format(tolerance)} tolerance)";
        var smallText = tooSmall == 0 ? "" : $"; {tooSmall} test(s) sampled fewer than {minFiles} files and do not count";
        return gaps.Passed
            ? ctx.Pass($"{gaps.EventCount} successful file-sampling restoration tests of at least {minFiles} files; longest gap {Durations.Format(gaps.Longest.Duration)} (limit {limitText}){smallText}.", counted.Where(t => ctx.Window.Contains(t.At)).Select(t => t.Ref))
            : ctx.Fail($"{gaps.Gaps.Count} gap(s) between successful file-sampling restoration tests exceed {limitText}{smallText}.", gaps.ToFindings(ctx.Window, $"successful restoration test of at least {minFiles} sampled files"), samples.Select(t => t.Ref));
    });

Control("BKP-RST-03")
    .Title("Restoration procedures and results documented")
    .Description("Every manual restoration test in the window is documented (documented, with a reference to its report), and the restoration procedure document was reviewed and left current at most the configured time before the window end.")
    .Severity(Severity.Medium)
    .Implements("BKP-VER-MAN-03")
    .Maps(Frameworks.Soc2, "A1.3")
    .Maps(Frameworks.Iso27001, "A.5.37")
    .Maps(Frameworks.Nist80053, "CP-4")
    .Tags("backup", "verification", "manual", "documentation")
    .Parameter("procedureDocument", "runbooks/restore-procedure.md", "The document (as named in documentation reviews) that describes the restoration procedure.")
    .Parameter("procedureMaxAge", TimeSpan.FromDays(365), "Oldest the latest review of the restoration procedure may be at the window end: reviewed at least yearly.")
    .Remediation("Write a report for every manual restoration test (steps, duration, result, problems) and link it from the test record; review the restoration procedure document at least yearly and record the review.")
    .Check(ctx =>
    {
        var document = ctx.Param<string>("procedureDocument");
        var maxAge = ctx.Param<TimeSpan>("procedureMaxAge");
        var manual = ctx.Evidence<RestoreTest>().Where(t => !t.Record.Automated).ToList();
        if (manual.Count == 0)
            return ctx.NoEvidence("No manual restoration test is recorded in the window.");
        var findings = manual
            .Where(t => !t.Record.Documented || string.IsNullOrWhiteSpace(t.Record.DocumentRef))
            .Select(t => new Finding($"The {t.Record.Scope.ToString().ToLowerInvariant()} restoration test at {ctx.Window.Format(t.At)} ({t.Record.Outcome.ToString().ToLowerInvariant()}) is {(t.Record.Documented ? "marked documented but names no report" : "not documented")}.")
            {
                Start = t.At,
                End = t.Record.CompletedAt,
                Evidence = [t.Ref],
            })
            .ToList();
        var procedure = ctx.Evidence<DocumentationReview>(lookback: maxAge, subject: document)
            .Where(r => r.Record.Outcome is DocumentOutcome.Current or DocumentOutcome.Updated)
            .Freshness(ctx.Window.To, maxAge);
        if (procedure.IsStale) findings.Add(procedure.ToFinding(ctx.Window, "review of the restoration procedure that left it current", document));
        var evidence = manual.Select(t => t.Ref).Concat(procedure.Latest is { } review ? [review.Ref] : Array.Empty<EvidenceRef>());
        return findings.Count == 0
            ? ctx.Pass($"All {manual.Count} manual restoration tests documented; {document} last reviewed {Durations.Format(procedure.Age!.Value)} before the window end.", evidence)
            : ctx.Fail($"{findings.Count - (procedure.IsStale ? 1 : 0)} of {manual.Count} manual restoration tests undocumented{(procedure.IsStale ? $"; the restoration procedure {document} has no current review in the {Durations.Format(maxAge)} before the window end" : "")}.", findings, evidence);
    });
