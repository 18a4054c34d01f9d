// Performance Optimization › Application Optimization › Cache Management: "Configure caching appropriately",
// "Clear cache after updates", "Monitor cache hit rates".
using System.Globalization;

Control("PRF-CACHE-01")
    .Title("Caches bounded, expiring, and their configuration reviewed")
    .Description("Every cache seen in the latest statistics has a memory limit and a default time-to-live, and the cache configuration was reviewed within the review interval before the window end.")
    .Severity(Severity.Low)
    .Implements("PERF-APP-CACHE-01")
    .Maps(Frameworks.Soc2, "A1.1")
    .Maps(Frameworks.Iso27001, "A.8.9")
    .Maps(Frameworks.Nist80053, "CM-6")
    .Tags("performance", "cache", "configuration")
    .Parameter("statsMaxAge", TimeSpan.FromDays(2), "How old the latest statistics of a cache may be at the window end.")
    .Parameter("reviewMaxAge", TimeSpan.FromDays(183), "How old the latest cache configuration review may be at the window end: twice a year.")
    .Remediation("Give every cache a memory limit and an eviction policy (e.g. Redis maxmemory + allkeys-lru) and a default TTL, and review the cache configuration (sizes, TTLs, hit rates) at least twice a year.")
    .Check(ctx =>
    {
        var statsMaxAge = ctx.Param<TimeSpan>("statsMaxAge");
        var reviewMaxAge = ctx.Param<TimeSpan>("reviewMaxAge");
        var caches = ctx.LatestBy<CacheStats>(c => c.Cache, statsMaxAge);
        if (caches.Count == 0)
            return ctx.NoEvidence($"No cache statistics observed in the {Durations.Format(statsMaxAge)} before {ctx.Window.Format(ctx.Window.To)}.");

        var findings = new List<Finding>();
        foreach (var (cache, stats) in caches)
        {
            var missing = new List<string>();
            if (stats.Record.MaxBytes is not > 0) missing.Add("no memory limit");
            if (stats.Record.TtlSeconds is not > 0) missing.Add("no default time-to-live");
            if (missing.Count > 0)
                findings.Add(new Finding($"{cache}: {string.Join(" and ", missing)} in the statistics of {ctx.Window.Format(stats.At)}.") { Subject = cache, Evidence = [stats.Ref] });
        }

        var review = ctx.Evidence<ConfigurationReview>(lookback: reviewMaxAge)
            .Where(r => r.Record.Area == ConfigurationArea.Cache)
            .Freshness(ctx.Window.To, reviewMaxAge);
        if (review.IsStale)
            findings.Add(review.ToFinding(ctx.Window, "cache configuration review"));
        var evidence = caches.Values.Select(c => c.Ref).ToList();
        if (review.Latest is not null) evidence.Add(review.Latest.Ref);
        return findings.Count == 0
            ? ctx.Pass($"{caches.Count} cache(s) with a memory limit and a default TTL; cache configuration reviewed {Durations.Format(review.Age!.Value)} before the window end (limit {Durations.Format(reviewMaxAge)}).", evidence)
            : ctx.Fail($"{findings.Count} cache configuration problem(s).", findings, evidence);
    });

Control("PRF-CACHE-02")
    .Title("Cache cleared after every production update")
    .Description("Every successful production deployment is followed by a clear of the application cache (of the same change when the clear names one) within the allowed time, so no stale data or templates survive the update.")
    .Severity(Severity.Low)
    .Implements("PERF-APP-CACHE-02")
    .Maps(Frameworks.Iso27001, "A.8.32")
    .Maps(Frameworks.Nist80053, "CM-3")
    .Tags("performance", "cache", "updates")
    .Parameter("clearWithin", TimeSpan.FromHours(4), "How soon after the start of a production deployment the cache must be cleared: within the maintenance window.")
    .Remediation("Add the cache clear (e.g. `custojo cache:clear`, `redis-cli FLUSHDB` on the application cache) to the update runbook right after the deployment, and record it with the change id.")
    .Check(ctx =>
    {
        var clearWithin = ctx.Param<TimeSpan>("clearWithin");
        var deployments = ctx.Evidence<UpdateDeployment>()
            .Where(d => d.Record.Environment == DeploymentEnvironment.Production && d.Record.Outcome == DeploymentOutcome.Success)
            .ToList();
        if (deployments.Count == 0)
            return ctx.NotApplicable("No successful production deployment in the window: no cache clear was due.");

        var clears = ctx.Query<CacheClear>(ctx.Window.From, ctx.Window.To + clearWithin).ToList();
        var misses = deployments.FollowedBy(clears, clearWithin, (d, c) => c.ChangeId is null || c.ChangeId == d.ChangeId);
        var findings = misses.Select(m => m.ToFinding(ctx.Window, $"Production deployment {m.Event.Record.DeploymentId} of {m.Event.Record.Product} {m.Event.Record.Version}", "cache clear", m.Event.Record.ChangeId)).ToList();
        return findings.Count == 0
            ? ctx.Pass($"All {deployments.Count} production deployments were followed by a cache clear within {Durations.Format(clearWithin)}.", deployments.Select(d => d.Ref))
            : ctx.Fail($"{findings.Count} of {deployments.Count} production deployments were not followed by a cache clear within {Durations.Format(clearWithin)}.", findings, findings.SelectMany(f => f.Evidence));
    });

Control("PRF-CACHE-03")
    .Title("Cache hit rate monitored daily and at or above the minimum")
    .Description("Every cache has statistics on every local day of the window, and its hit rate per day (hits and misses counted between samples; the counters are cumulative since the cache started, a drop means a restart) is at or above the minimum.")
    .Severity(Severity.Low)
    .Implements("PERF-APP-CACHE-03")
    .Maps(Frameworks.Soc2, "A1.1")
    .Maps(Frameworks.Iso27001, "A.8.6")
    .Tags("performance", "cache", "monitoring")
    .Parameter("minHitRate", 0.80, "Lowest acceptable daily hit rate (hits / (hits + misses)); below 80% the cache costs more than it saves for typical web workloads.")
    .Remediation("Collect the cache counters (Redis INFO stats, memcached stats) at least hourly, alert on a low hit rate, and for the days listed look at evictions, key TTLs and the memory limit.")
    .Check(ctx =>
    {
        var minHitRate = ctx.Param<double>("minHitRate");
        var samples = ctx.Evidence<CacheStats>(lookback: TimeSpan.FromDays(1)).ToList();
        if (!samples.Any(s => ctx.Window.Contains(s.At)))
            return ctx.NoEvidence("No cache statistics in the window: hit rates are not monitored.");

        var findings = new List<Finding>();
        var caches = samples.Select(s => s.Record.Cache).Distinct().Order(StringComparer.Ordinal).ToList();
        var days = 0;
        foreach (var cache in caches)
        {
            var ofCache = samples.Where(s => s.Record.Cache == cache).ToList();
            var coverage = ofCache.Where(s => ctx.Window.Contains(s.At)).Coverage(ctx.Window, CalendarUnit.Day);
            findings.AddRange(coverage.ToFindings(ctx.Window, "cache statistics", cache));
            var perDay = new SortedDictionary<string, (CalendarPeriod Day, long Hits, long Misses, EvidenceRef Last)>(StringComparer.Ordinal);
            for (var i = 1; i < ofCache.Count; i++)
            {
                var (previous, current) = (ofCache[i - 1].Record, ofCache[i]);
                if (!ctx.Window.Contains(current.At)) continue;
                var restarted = current.Record.Hits < previous.Hits || current.Record.Misses < previous.Misses;
                var hits = restarted ? current.Record.Hits : current.Record.Hits - previous.Hits;
                var misses = restarted ? current.Record.Misses : current.Record.Misses - previous.Misses;
                var day = CalendarPeriods.Containing(current.At, CalendarUnit.Day, ctx.Window.Zone);
                perDay[day.Label] = perDay.TryGetValue(day.Label, out var sum)
                    ? (sum.Day, sum.Hits + hits, sum.Misses + misses, current.Ref)
                    : (day, hits, misses, current.Ref);
            }

            foreach (var (label, sum) in perDay)
            {
                days++;
                if (sum.Hits + sum.Misses == 0) continue;
                var rate = (double)sum.Hits / (sum.Hits + sum.Misses);
                if (rate < minHitRate)
                    findings.Add(new Finding($"{cache} on {label}: hit rate {Percent(rate)} ({sum.Hits} hits, {sum.Misses} misses), minimum {Percent(minHitRate)}.")
                    {
                        Start = sum.Day.Start,
                        End = sum.Day.End,
                        Subject = cache,
                        Evidence = [sum.Last],
                    });
            }
        }

        return findings.Count == 0
            ? ctx.Pass($"{caches.Count} cache(s) monitored on every day of the window; every daily hit rate at or above {Percent(minHitRate)} ({days} cache-days).", caches.Select(c => samples.Last(s => s.Record.Cache == c).Ref))
            : ctx.Fail($"{findings.Count} cache-day(s) without statistics or below the {Percent(minHitRate)} hit rate.", findings, findings.SelectMany(f => f.Evidence));

        static string Percent(double rate) => (rate * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";
    });
