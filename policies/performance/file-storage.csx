// Performance Optimization › Application Optimization › File Storage: "Implement file storage quotas",
// "Archive old files", "Optimize file storage configuration".
using System.Globalization;

Control("PRF-FILES-01")
    .Title("File storage quotas set and kept with headroom")
    .Description("Every storage volume sampled in the window has a quota, and no sample uses more than the allowed share of it.")
    .Severity(Severity.Medium)
    .Implements("PERF-APP-FILES-01")
    .Maps(Frameworks.Soc2, "A1.1")
    .Maps(Frameworks.Iso27001, "A.8.6")
    .Tags("performance", "storage")
    .Parameter("maxQuotaUse", 0.90, "Largest share of its quota a volume may use: 10% headroom leaves time to archive or extend before uploads fail.")
    .Remediation("Set a quota on every upload and document volume (filesystem or application quota), alert at 80% of it, and archive or extend before a volume passes 90%.")
    .Check(ctx =>
    {
        var maxUse = ctx.Param<double>("maxQuotaUse");
        var samples = ctx.Evidence<StorageUsage>().ToList();
        if (samples.Count == 0)
            return ctx.NoEvidence("No storage usage sample in the window.");

        var findings = new List<Finding>();
        var volumes = samples.Select(s => s.Record.Volume).Distinct().Order(StringComparer.Ordinal).ToList();
        foreach (var volume in volumes)
        {
            var ofVolume = samples.Where(s => s.Record.Volume == volume).ToList();
            var unbounded = ofVolume.FirstOrDefault(s => s.Record.QuotaBytes is not > 0);
            if (unbounded is not null)
                findings.Add(new Finding($"{volume}: no quota set (sample of {ctx.Window.Format(unbounded.At)}, {Gib(unbounded.Record.UsedBytes)} used of {Gib(unbounded.Record.CapacityBytes)}).") { Subject = volume, Start = unbounded.At, Evidence = [unbounded.Ref] });
            var over = ofVolume.Where(s => s.Record.QuotaBytes is > 0 && (double)s.Record.UsedBytes / s.Record.QuotaBytes.Value > maxUse).ToList();
            if (over.Count > 0)
            {
                var peak = over.MaxBy(s => (double)s.Record.UsedBytes / s.Record.QuotaBytes!.Value)!;
                findings.Add(new Finding($"{volume}: {over.Count} sample(s) above {Percent(maxUse)} of the quota from {ctx.Window.Format(over[0].At)}; peak {Percent((double)peak.Record.UsedBytes / peak.Record.QuotaBytes!.Value)} ({Gib(peak.Record.UsedBytes)} of {Gib(peak.Record.QuotaBytes.Value)}) at {ctx.Window.Format(peak.At)}.")
                {
                    Start = over[0].At,
                    End = over[^1].At,
                    Subject = volume,
                    Evidence = [over[0].Ref, peak.Ref],
                });
            }
        }

        return findings.Count == 0
            ? ctx.Pass($"{volumes.Count} volume(s), {samples.Count} samples: every one under a quota and at most {Percent(maxUse)} of it.", volumes.Select(v => samples.Last(s => s.Record.Volume == v).Ref))
            : ctx.Fail($"{findings.Count} file storage quota problem(s) on {volumes.Count} volume(s).", findings, findings.SelectMany(f => f.Evidence));

        static string Percent(double share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";
        static string Gib(long bytes) => (bytes / 1073741824.0).ToString("0.#", CultureInfo.InvariantCulture) + " GiB";
    });

Control("PRF-FILES-02")
    .Title("Old files archived at least monthly")
    .Description("Every archived volume gets a successful archival run at most a month apart over the whole window, moving files no older than the maximum age.")
    .Severity(Severity.Low)
    .Implements("PERF-APP-FILES-02")
    .Maps(Frameworks.Soc2, "A1.1")
    .Maps(Frameworks.Iso27001, "A.8.6")
    .Tags("performance", "storage", "cadence")
    .Parameter("maxInterval", TimeSpan.FromDays(31), "Longest allowed time between two successful archival runs of a volume: the longest month.")
    .Parameter("tolerance", TimeSpan.FromDays(4), "Slack for schedules tied to a weekday.")
    .Parameter("maxFileAgeDays", 365, "The archival cut-off may be at most this many days: files older than a year leave primary storage.")
    .Remediation("Schedule the archival job monthly for every upload volume with a cut-off of at most a year, log its outcome, and re-run failed runs.")
    .Check(ctx =>
    {
        var maxInterval = ctx.Param<TimeSpan>("maxInterval");
        var tolerance = ctx.Param<TimeSpan>("tolerance");
        var maxAgeDays = ctx.Param<int>("maxFileAgeDays");
        var runs = ctx.Evidence<FileArchival>(lookback: maxInterval + tolerance)
            .Where(a => a.Record.Outcome == OperationOutcome.Success)
            .ToList();
        if (runs.Count == 0)
            return ctx.NoEvidence($"No successful archival run in the window or the {Durations.Format(maxInterval + tolerance)} before it.");

        var findings = new List<Finding>();
        var evidence = new List<EvidenceRef>();
        var volumes = runs.Select(r => r.Record.Volume).Distinct().Order(StringComparer.Ordinal).ToList();
        foreach (var volume in volumes)
        {
            var ofVolume = runs.Where(r => r.Record.Volume == volume).ToList();
            var gaps = ofVolume.Gaps(ctx.Window, maxInterval, tolerance);
            findings.AddRange(gaps.ToFindings(ctx.Window, "successful archival run", volume));
            evidence.AddRange(gaps.Gaps.SelectMany(g => new[] { g.Before, g.After }).OfType<EvidenceRef>());
            var lax = ofVolume.FirstOrDefault(r => ctx.Window.Contains(r.At) && r.Record.OlderThanDays > maxAgeDays);
            if (lax is not null)
            {
                findings.Add(new Finding($"{volume}: the archival run of {ctx.Window.Format(lax.At)} only archives files older than {lax.Record.OlderThanDays} days (limit {maxAgeDays}).") { Subject = volume, Start = lax.At, Evidence = [lax.Ref] });
                evidence.Add(lax.Ref);
            }
        }

        return findings.Count == 0
            ? ctx.Pass($"{runs.Count(r => ctx.Window.Contains(r.At))} successful archival runs on {volumes.Count} volume(s), none more than {Durations.Format(maxInterval)} (+{Durations.Format(tolerance)}) apart.", volumes.Select(v => runs.Last(r => r.Record.Volume == v).Ref))
            : ctx.Fail($"{findings.Count} problem(s) with file archival.", findings, evidence);
    });

Control("PRF-FILES-03")
    .Title("File storage configuration reviewed twice a year")
    .Description("The file storage configuration (volumes, quotas, archive tiers) was reviewed within the review interval before the window end.")
    .Severity(Severity.Low)
    .Implements("PERF-APP-FILES-03")
    .Maps(Frameworks.Iso27001, "A.8.9")
    .Maps(Frameworks.Nist80053, "CM-6")
    .Tags("performance", "storage", "configuration")
    .Parameter("reviewMaxAge", TimeSpan.FromDays(183), "How old the latest file storage configuration review may be at the window end: twice a year.")
    .Remediation("Review the file storage configuration (quotas, growth, archive tier, filesystem options) at least twice a year and record the review with its outcome.")
    .Check(ctx =>
    {
        var reviewMaxAge = ctx.Param<TimeSpan>("reviewMaxAge");
        var reviews = ctx.Evidence<ConfigurationReview>(lookback: reviewMaxAge)
            .Where(r => r.Record.Area == ConfigurationArea.FileStorage)
            .ToList();
        if (reviews.Count == 0)
            return ctx.NoEvidence($"No file storage configuration review in the window or the {Durations.Format(reviewMaxAge)} before it.");

        var freshness = reviews.Freshness(ctx.Window.To, reviewMaxAge);
        return !freshness.IsStale
            ? ctx.Pass($"File storage configuration reviewed by {freshness.Latest!.Record.Reviewer} at {ctx.Window.Format(freshness.Latest.At)} ({freshness.Latest.Record.Outcome.ToString().ToLowerInvariant()}), {Durations.Format(freshness.Age!.Value)} before the window end (limit {Durations.Format(reviewMaxAge)}).", [freshness.Latest.Ref])
            : ctx.Fail("The file storage configuration review is overdue.", [freshness.ToFinding(ctx.Window, "file storage configuration review")], reviews.TakeLast(1).Select(r => r.Ref));
    });
