// Security Maintenance › Access Control › Authentication: "Configure multi-factor authentication",
// "Review login attempt logs", "Set up IP restrictions where appropriate".

Control("SEC-AUTH-01")
    .Title("MFA for every privileged account and privileged login")
    .Description("Every enabled privileged account in the latest account snapshot is enrolled in multi-factor authentication, and every successful login of those accounts in the window used MFA.")
    .Severity(Severity.Critical)
    .Implements("SEC-ACC-AUTH-01")
    .Maps(Frameworks.Soc2, "CC6.1")
    .Maps(Frameworks.Iso27001, "A.8.5")
    .Maps(Frameworks.Nist80053, "IA-2")
    .Tags("security", "authentication", "mfa")
    .Parameter("snapshotMaxAge", TimeSpan.FromDays(7), "How old the latest account snapshot may be at the window end.")
    .Remediation("Enrol every privileged account listed in MFA (TOTP/WebAuthn in the IdP, or pam_u2f/Google Authenticator for SSH), enforce it for administrator roles, and block privileged logins that do not present a second factor.")
    .Check(ctx =>
    {
        var snapshotMaxAge = ctx.Param<TimeSpan>("snapshotMaxAge");
        var accounts = ctx.LatestBy<Account>(a => a.User, snapshotMaxAge);
        if (accounts.Count == 0)
            return ctx.NoEvidence($"No account snapshot observed in the {Durations.Format(snapshotMaxAge)} before {ctx.Window.Format(ctx.Window.To)}.");

        var privileged = accounts.Values.Where(a => a.Record.Privileged && !a.Record.Disabled).ToList();
        if (privileged.Count == 0)
            return ctx.NotApplicable($"None of the {accounts.Count} accounts in the latest snapshot is an enabled privileged account.");

        var findings = new List<Finding>();
        var logins = 0;
        foreach (var account in privileged)
        {
            var user = account.Record.User;
            if (!account.Record.MfaEnrolled)
                findings.Add(new Finding($"{user}: privileged ({string.Join(", ", account.Record.Roles)}) and not enrolled in MFA, as of {ctx.Window.Format(account.At)}.")
                {
                    Subject = user,
                    End = account.At,
                    Evidence = [account.Ref],
                });

            Observed<LoginAttempt>? first = null;
            Observed<LoginAttempt>? last = null;
            var withoutMfa = 0;
            foreach (var login in ctx.Evidence<LoginAttempt>(subject: user))
            {
                if (login.Record.Outcome != LoginOutcome.Success) continue;
                logins++;
                if (login.Record.MfaUsed) continue;
                withoutMfa++;
                first ??= login;
                last = login;
            }

            if (first is not null && last is not null)
                findings.Add(new Finding($"{user}: {withoutMfa} successful login(s) without MFA between {ctx.Window.Format(first.At)} and {ctx.Window.Format(last.At)}.")
                {
                    Start = first.At,
                    End = last.At,
                    Subject = user,
                    Evidence = first == last ? [first.Ref] : [first.Ref, last.Ref],
                });
        }

        return findings.Count == 0
            ? ctx.Pass($"All {privileged.Count} privileged accounts are enrolled in MFA and their {logins} successful logins in the window all used it.", privileged.Select(a => a.Ref))
            : ctx.Fail($"{findings.Count} MFA problem(s) among {privileged.Count} privileged accounts.", findings, findings.SelectMany(f => f.Evidence));
    });

Control("SEC-AUTH-02")
    .Title("Brute-force bursts in the login logs alerted and acknowledged")
    .Description("The login attempt logs are watched: every burst of failed logins from one source address (at least the threshold within the burst window) raises a security alert naming the address soon after, and every such alert is acknowledged by a person in time.")
    .Severity(Severity.High)
    .Implements("SEC-ACC-AUTH-02")
    .Maps(Frameworks.Soc2, "CC7.2")
    .Maps(Frameworks.Iso27001, "A.8.16")
    .Maps(Frameworks.Nist80053, "AC-7")
    .Maps(Frameworks.Nist80053, "SI-4")
    .Tags("security", "authentication", "logging")
    .Parameter("burstThreshold", 10, "Failed logins from one address within the burst window that make a brute-force burst (fail2ban's usual maxretry is 5 to 10).")
    .Parameter("burstWindow", TimeSpan.FromMinutes(10), "The sliding window the failures are counted in (fail2ban's usual findtime).")
    .Parameter("alertWithin", TimeSpan.FromMinutes(15), "How soon after the burst crosses the threshold an alert naming the address must be raised.")
    .Parameter("acknowledgeWithin", TimeSpan.FromHours(24), "How soon a person must acknowledge a brute-force alert: the daily review of security alerts.")
    .Remediation("Watch the authentication logs with fail2ban, the SIEM or the application's rate limiter so that every burst of failures bans the address and raises an alert naming it, and acknowledge every alert in the daily security review.")
    .Check(ctx =>
    {
        var threshold = ctx.Param<int>("burstThreshold");
        var burstWindow = ctx.Param<TimeSpan>("burstWindow");
        var alertWithin = ctx.Param<TimeSpan>("alertWithin");
        var acknowledgeWithin = ctx.Param<TimeSpan>("acknowledgeWithin");
        var recent = new Dictionary<string, Queue<DateTimeOffset>>(StringComparer.Ordinal);
        var inBurst = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var bursts = new List<Observed<LoginAttempt>>();
        var attempts = ctx.Count<LoginAttempt>();
        if (attempts == 0)
            return ctx.NoEvidence("No login attempt is recorded in the window: the login logs are not collected.");

        // Only the failures make bursts: the store skips the successful logins, most of the logs, before they are read.
        var failures = 0;
        foreach (var login in ctx.Evidence(where: Match<LoginAttempt>.Where(nameof(LoginAttempt.Outcome), LoginOutcome.Failure)))
        {
            failures++;
            var ip = login.Record.SourceIp;
            if (inBurst.TryGetValue(ip, out var lastFailure) && login.At - lastFailure <= burstWindow)
            {
                inBurst[ip] = login.At; // the same burst goes on
                continue;
            }

            inBurst.Remove(ip);
            if (!recent.TryGetValue(ip, out var times)) recent[ip] = times = new Queue<DateTimeOffset>();
            times.Enqueue(login.At);
            while (login.At - times.Peek() > burstWindow) times.Dequeue();
            if (times.Count < threshold) continue;
            bursts.Add(login);
            inBurst[ip] = login.At;
            recent.Remove(ip);
        }

        var alerts = ctx.Query<SecurityAlert>(ctx.Window.From, ctx.Window.To + alertWithin).ToList();
        var misses = bursts.FollowedBy(alerts, alertWithin, (login, alert) => Names(alert.Title, login.SourceIp));
        var findings = misses.Select(m => m.ToFinding(ctx.Window, "Brute-force burst", "security alert naming the address", m.Event.Record.SourceIp)).ToList();
        var alerted = bursts.Where(b => misses.All(m => m.Event != b)).ToList();
        foreach (var burst in alerted)
        {
            var alert = alerts.First(a => a.At >= burst.At && a.At - burst.At <= alertWithin && Names(a.Record.Title, burst.Record.SourceIp));
            if (alert.Record.AcknowledgedAt is { } acknowledged && acknowledged - alert.At <= acknowledgeWithin) continue;
            var state = alert.Record.AcknowledgedAt is { } late ? $"acknowledged only after {Durations.Format(late - alert.At)}" : "never acknowledged";
            findings.Add(new Finding($"Alert {alert.Record.AlertId} for the burst from {burst.Record.SourceIp} raised at {ctx.Window.Format(alert.At)} was {state} (limit {Durations.Format(acknowledgeWithin)}).")
            {
                Start = alert.At,
                End = alert.Record.AcknowledgedAt ?? ctx.Window.To,
                Subject = burst.Record.SourceIp,
                Evidence = [burst.Ref, alert.Ref],
            });
        }

        return findings.Count == 0
            ? ctx.Pass($"{attempts} login attempts, {failures} failed; {bursts.Count} brute-force burst(s) of {threshold}+ failures within {Durations.Format(burstWindow)}, each alerted within {Durations.Format(alertWithin)} and acknowledged within {Durations.Format(acknowledgeWithin)}.", bursts.Select(b => b.Ref))
            : ctx.Fail($"{findings.Count} of {bursts.Count} brute-force burst(s) were not alerted or not acknowledged in time.", findings, findings.SelectMany(f => f.Evidence));

        static bool Names(string title, string address) =>
            title.Split(new[] { ' ', ',', ';', ':', '(', ')', '[', ']', '"', '\'' }, StringSplitOptions.RemoveEmptyEntries).Contains(address, StringComparer.Ordinal);
    });

Control("SEC-AUTH-03")
    .Title("IP restrictions on the administrative entry points")
    .Description("At the end of the window every required entry point (admin console and SSH by default) is protected by an enabled IP allow-list rule that names specific networks, never the whole internet.")
    .Severity(Severity.High)
    .Implements("SEC-ACC-AUTH-03")
    .Maps(Frameworks.Soc2, "CC6.6")
    .Maps(Frameworks.Iso27001, "A.8.20")
    .Maps(Frameworks.Nist80053, "SC-7")
    .Tags("security", "network", "access")
    .Parameter("requiredScopes", "admin,ssh", "Comma-separated entry points that must be IP-restricted (admin, api, ssh, app): where appropriate means the administrative ones; add api when partners connect from fixed networks.")
    .Parameter("maxAge", TimeSpan.FromDays(31), "How old the latest observation of the rules may be at the window end.")
    .Remediation("Restrict the admin console and SSH to the office/VPN networks in the firewall or reverse proxy, remove any 0.0.0.0/0 or ::/0 entry, and export the rules with the monthly evidence.")
    .Check(ctx =>
    {
        var maxAge = ctx.Param<TimeSpan>("maxAge");
        var required = new List<IpRestrictionScope>();
        foreach (var name in ctx.Param<string>("requiredScopes").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Enum.TryParse<IpRestrictionScope>(name, ignoreCase: true, out var scope) || !Enum.IsDefined(scope))
                throw new ArgumentException($"Parameter requiredScopes of SEC-AUTH-03: \"{name}\" is not an entry point. Use a comma-separated list of admin, api, ssh, app.");
            required.Add(scope);
        }

        var rules = ctx.LatestBy<IpRestriction>(r => r.Name, maxAge);
        if (rules.Count == 0)
            return ctx.NoEvidence($"No IP restriction rule observed in the {Durations.Format(maxAge)} before {ctx.Window.Format(ctx.Window.To)}.");

        var findings = new List<Finding>();
        foreach (var rule in rules.Values.Where(r => r.Record.Enabled))
        {
            var open = rule.Record.AllowedCidrs.Where(c => c.Trim() is "0.0.0.0/0" or "::/0" or "*").ToList();
            if (open.Count > 0 || rule.Record.AllowedCidrs.Count == 0)
                findings.Add(new Finding($"Rule {rule.Record.Name} ({rule.Record.Scope.ToString().ToLowerInvariant()}) allows {(open.Count > 0 ? string.Join(", ", open) : "no network at all")}, which restricts nothing.") { Subject = rule.Record.Name, Evidence = [rule.Ref] });
        }

        foreach (var scope in required.Distinct())
        {
            var protecting = rules.Values.Where(r => r.Record.Scope == scope && r.Record.Enabled).ToList();
            if (protecting.Count == 0)
            {
                var disabled = rules.Values.Where(r => r.Record.Scope == scope).ToList();
                findings.Add(new Finding($"The {scope.ToString().ToLowerInvariant()} entry point has no enabled IP restriction{(disabled.Count > 0 ? $" (rule {string.Join(", ", disabled.Select(r => r.Record.Name))} is disabled)" : "")}.")
                {
                    Subject = scope.ToString().ToLowerInvariant(),
                    Evidence = [.. disabled.Select(r => r.Ref)],
                });
            }
        }

        return findings.Count == 0
            ? ctx.Pass($"{rules.Values.Count(r => r.Record.Enabled)} enabled IP restriction rule(s) protect {string.Join(", ", required.Select(s => s.ToString().ToLowerInvariant()))}, none open to the internet.", rules.Values.Select(r => r.Ref))
            : ctx.Fail($"{findings.Count} IP restriction problem(s).", findings, rules.Values.Select(r => r.Ref));
    });
