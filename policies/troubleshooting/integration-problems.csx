// Troubleshooting › Common Issues › Integration Problems: "Verify API endpoints",
// "Check authentication credentials", "Review integration logs".
using System.Globalization;

Control("TRB-INT-01")
    .Title("Integration API endpoints verified at least weekly")
    .Description("Every integration's endpoint is probed at most a week apart over the whole window, and the latest probe of each integration did not fail.")
    .Severity(Severity.Medium)
    .Implements("TS-ISSUES-INTEG-01")
    .Maps(Frameworks.Soc2, "CC7.1")
    .Maps(Frameworks.Iso27001, "A.8.16")
    .Maps(Frameworks.Nist80053, "SI-4")
    .Tags("troubleshooting", "integration", "cadence")
    .Parameter("maxInterval", TimeSpan.FromDays(7), "Longest allowed time between two probes of an integration's endpoint: weekly, the guide's integration verification.")
    .Parameter("tolerance", TimeSpan.FromDays(1), "Slack for a probe that runs a day late.")
    .Remediation("Probe every integration endpoint (health URL with the integration's credentials) at least weekly, ideally continuously, and fix the integrations whose latest probe failed.")
    .Check(ctx =>
    {
        var maxInterval = ctx.Param<TimeSpan>("maxInterval");
        var tolerance = ctx.Param<TimeSpan>("tolerance");
        var checks = ctx.Evidence<IntegrationCheck>(lookback: maxInterval + tolerance).ToList();
        if (checks.Count == 0)
            return ctx.NoEvidence($"No integration check in the window or the {Durations.Format(maxInterval + tolerance)} before it.");

        var findings = new List<Finding>();
        var evidence = new List<EvidenceRef>();
        var integrations = checks.Select(c => c.Record.Integration).Distinct().Order(StringComparer.Ordinal).ToList();
        foreach (var integration in integrations)
        {
            var ofIntegration = checks.Where(c => c.Record.Integration == integration).ToList();
            var gaps = ofIntegration.Gaps(ctx.Window, maxInterval, tolerance);
            findings.AddRange(gaps.ToFindings(ctx.Window, "endpoint check", integration));
            evidence.AddRange(gaps.Gaps.SelectMany(g => new[] { g.Before, g.After }).OfType<EvidenceRef>());
            var latest = ofIntegration[^1];
            if (latest.Record.Outcome == IntegrationOutcome.Failed)
            {
                var status = latest.Record.HttpStatus is { } code ? $" (HTTP {code.ToString(CultureInfo.InvariantCulture)})" : "";
                findings.Add(new Finding($"{integration}: the latest check of {latest.Record.Endpoint} at {ctx.Window.Format(latest.At)} failed{status}.") { Subject = integration, Start = latest.At, Evidence = [latest.Ref] });
                evidence.Add(latest.Ref);
            }
        }

        return findings.Count == 0
            ? ctx.Pass($"{checks.Count(c => ctx.Window.Contains(c.At))} endpoint checks of {integrations.Count} integration(s), none more than {Durations.Format(maxInterval)} (+{Durations.Format(tolerance)}) apart; the latest check of each did not fail.", integrations.Select(i => checks.Last(c => c.Record.Integration == i).Ref))
            : ctx.Fail($"{findings.Count} problem(s) verifying integration endpoints.", findings, evidence);
    });

Control("TRB-INT-02")
    .Title("Integration credentials valid and not about to expire")
    .Description("Every authentication failure of an integration in the window is followed by a successful authentication within the recovery time, and no integration's credential expires within the minimum validity after the window end.")
    .Severity(Severity.Medium)
    .Implements("TS-ISSUES-INTEG-02")
    .Maps(Frameworks.Iso27001, "A.5.17")
    .Maps(Frameworks.Nist80053, "IA-5")
    .Tags("troubleshooting", "integration", "credentials")
    .Parameter("recoverWithin", TimeSpan.FromHours(24), "How soon after an authentication failure the integration must authenticate again.")
    .Parameter("minValidity", TimeSpan.FromDays(14), "How long after the window end every credential must still be valid: two weeks to rotate it without an outage.")
    .Remediation("Rotate the credentials listed before they expire (and record the new expiry), fix the integrations that failed to authenticate, and alert on credentials that expire within a month.")
    .Check(ctx =>
    {
        var recoverWithin = ctx.Param<TimeSpan>("recoverWithin");
        var minValidity = ctx.Param<TimeSpan>("minValidity");
        var checks = ctx.Evidence<IntegrationCheck>().ToList();
        if (checks.Count == 0)
            return ctx.NoEvidence("No integration check in the window: credentials are not checked.");

        var authenticated = ctx.Query<IntegrationCheck>(ctx.Window.From, ctx.Window.To + recoverWithin).Where(c => c.Record.AuthenticationOk).ToList();
        var misses = checks.Where(c => !c.Record.AuthenticationOk)
            .FollowedBy(authenticated, recoverWithin, (failed, ok) => failed.Integration == ok.Integration)
            .Where(m => m.Nearest is not null || m.Event.At + recoverWithin <= ctx.Window.To)
            .ToList();
        var findings = misses.Select(m => m.ToFinding(ctx.Window, "Authentication failure", "successful authentication", m.Event.Record.Integration)).ToList();
        var integrations = checks.Select(c => c.Record.Integration).Distinct().Order(StringComparer.Ordinal).ToList();
        var expiries = new List<string>();
        foreach (var integration in integrations)
        {
            var latest = checks.Last(c => c.Record.Integration == integration);
            if (latest.Record.CredentialExpiresAt is not { } expires) continue;
            expiries.Add(integration);
            if (expires - ctx.Window.To < minValidity)
                findings.Add(new Finding($"{integration}: the credential expires at {ctx.Window.Format(expires)}, {(expires <= ctx.Window.To ? "before" : Durations.Format(expires - ctx.Window.To) + " after")} the window end (at least {Durations.Format(minValidity)} required).")
                {
                    Start = latest.At,
                    End = expires,
                    Subject = integration,
                    Evidence = [latest.Ref],
                });
        }

        return findings.Count == 0
            ? ctx.Pass($"{checks.Count} integration checks of {integrations.Count} integration(s); every authentication failure recovered within {Durations.Format(recoverWithin)}; {expiries.Count} credential expiry date(s) at least {Durations.Format(minValidity)} after the window end.", integrations.Select(i => checks.Last(c => c.Record.Integration == i).Ref))
            : ctx.Fail($"{findings.Count} integration credential problem(s).", findings, findings.SelectMany(f => f.Evidence));
    });

Control("TRB-INT-03")
    .Title("Integration logs collected daily with errors under the limit")
    .Description("Every host that ships integration logs does so on every local day of the window, and its integration error rate per day stays under the limit: integration logs are there to review, and reviewed.")
    .Severity(Severity.Low)
    .Implements("TS-ISSUES-INTEG-03")
    .Maps(Frameworks.Iso27001, "A.8.15")
    .Maps(Frameworks.Nist80053, "AU-6")
    .Tags("troubleshooting", "integration", "logging")
    .Parameter("maxErrorRate", 0.02, "Largest share of a day's integration log entries that may be errors: 2% (retries of flaky partners are normal, more is an outage).")
    .Remediation("Ship the integration logs of every application host to the log platform, review the days listed (failed calls by partner and status code), and fix the cause.")
    .Check(ctx =>
    {
        var maxRate = ctx.Param<double>("maxErrorRate");
        var collections = ctx.Evidence<LogCollection>().Where(c => c.Record.Source == LogCollectionSource.Integration).ToList();
        if (collections.Count == 0)
            return ctx.NoEvidence("No integration log collection in the window.");

        var findings = new List<Finding>();
        var hosts = collections.Select(c => c.Record.Host).Distinct().Order(StringComparer.Ordinal).ToList();
        foreach (var host in hosts)
        {
            var ofHost = collections.Where(c => c.Record.Host == host).ToList();
            findings.AddRange(ofHost.Coverage(ctx.Window, CalendarUnit.Day).ToFindings(ctx.Window, "integration log collection", host));
            foreach (var day in ofHost.GroupBy(c => CalendarPeriods.Containing(c.At, CalendarUnit.Day, ctx.Window.Zone)))
            {
                var entries = day.Sum(c => c.Record.Entries);
                var errors = day.Sum(c => c.Record.Errors);
                var rate = entries == 0 ? 0 : (double)errors / entries;
                if (rate > maxRate)
                    findings.Add(new Finding($"{host} on {day.Key.Label}: {errors} errors in {entries} integration log entries ({Percent(rate)}, limit {Percent(maxRate)}).")
                    {
                        Start = day.Key.Start,
                        End = day.Key.End,
                        Subject = host,
                        Evidence = [day.Last().Ref],
                    });
            }
        }

        return findings.Count == 0
            ? ctx.Pass($"Integration logs of {hosts.Count} host(s) collected on every day of the window ({collections.Count} collections); every daily error rate at most {Percent(maxRate)}.")
            : ctx.Fail($"{findings.Count} integration log problem(s) on {hosts.Count} host(s).", findings, findings.SelectMany(f => f.Evidence));

        static string Percent(double rate) => (rate * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";
    });
