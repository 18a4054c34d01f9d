// Security Maintenance › Access Control › User Account Management: "Review inactive accounts",
// "Enforce password policies", "Implement least privilege principle".
using System.Globalization;

Control("SEC-ACC-01")
    .Title("Inactive accounts disabled or reviewed")
    .Description("In the latest account snapshot, every enabled account unused for longer than the inactivity limit is either disabled or covered by a completed inactive-account review made after it became inactive.")
    .Severity(Severity.High)
    .Implements("SEC-ACC-USERS-01")
    .Maps(Frameworks.Soc2, "CC6.2")
    .Maps(Frameworks.Iso27001, "A.5.18")
    .Maps(Frameworks.Nist80053, "AC-2")
    .Tags("security", "access", "accounts")
    .Parameter("inactiveDays", 90, "Days without a login after which an account counts as inactive (PCI DSS 8.2.6: 90 days).")
    .Parameter("snapshotMaxAge", TimeSpan.FromDays(7), "How old the latest account snapshot may be at the window end: a weekly account export at least.")
    .Parameter("reviewMaxAge", TimeSpan.FromDays(92), "How old a review may be to still cover an inactive account it kept enabled: one quarter.")
    .Remediation("Disable every account listed (or delete it), or record a completed inactive-account review naming it and why it stays enabled; automate the disabling after the inactivity limit (e.g. `useradd -D -f`, the IdP's inactivity policy).")
    .Check(ctx =>
    {
        var inactiveDays = ctx.Param<int>("inactiveDays");
        var limit = TimeSpan.FromDays(inactiveDays);
        var snapshotMaxAge = ctx.Param<TimeSpan>("snapshotMaxAge");
        var reviewMaxAge = ctx.Param<TimeSpan>("reviewMaxAge");
        var accounts = ctx.LatestBy<Account>(a => a.User, snapshotMaxAge);
        if (accounts.Count == 0)
            return ctx.NoEvidence($"No account snapshot observed in the {Durations.Format(snapshotMaxAge)} before {ctx.Window.Format(ctx.Window.To)}.");

        var reviews = ctx.Query<AccessReview>(ctx.Window.To - snapshotMaxAge - reviewMaxAge, ctx.Window.To)
            .Where(r => r.Record.Outcome == ReviewOutcome.Completed
                && r.Record.Scope is AccessReviewScope.InactiveAccounts or AccessReviewScope.Accounts)
            .ToList();
        var findings = new List<Finding>();
        var enabled = 0;
        var disabledOrReviewed = 0;
        foreach (var (user, snapshot) in accounts)
        {
            var a = snapshot.Record;
            if (a.Disabled || (a.ExpiresAt is { } expires && expires <= snapshot.At)) continue;
            enabled++;
            var lastActive = a.LastLoginAt ?? a.CreatedAt;
            if (lastActive is { } last && snapshot.At - last <= limit) continue;

            var inactiveSince = lastActive + limit;
            var review = reviews.LastOrDefault(r => r.Record.AccountsCovered.Contains(user, StringComparer.Ordinal)
                && r.At <= snapshot.At && snapshot.At - r.At <= reviewMaxAge
                && (inactiveSince is null || r.At >= inactiveSince));
            if (review is not null)
            {
                disabledOrReviewed++;
                continue;
            }

            var since = lastActive is { } l
                ? $"last used {ctx.Window.Format(l)}{(a.LastLoginAt is null ? " (created, never logged in)" : "")}, {Durations.Format(snapshot.At - l)} before the snapshot"
                : "never used and creation time unknown";
            findings.Add(new Finding($"{user}: enabled, {since} (limit {inactiveDays}d), and no completed inactive-account review covers it since it became inactive.")
            {
                Start = lastActive,
                End = snapshot.At,
                Subject = user,
                Evidence = [snapshot.Ref],
            });
        }

        return findings.Count == 0
            ? ctx.Pass($"{accounts.Count} accounts in the latest snapshot, {enabled} enabled; no enabled account inactive for over {inactiveDays}d without a review ({disabledOrReviewed} reviewed and kept).", reviews.Select(r => r.Ref))
            : ctx.Fail($"{findings.Count} of {enabled} enabled accounts are inactive for over {inactiveDays}d and neither disabled nor reviewed.", findings, findings.SelectMany(f => f.Evidence));
    });

Control("SEC-ACC-02")
    .Title("Password policy meets the minimums on every host")
    .Description("Every password policy in force during the window (the one in force at the window start and every later observation) meets the configured minimums: length, character classes, history and account lockout.")
    .Severity(Severity.High)
    .Implements("SEC-ACC-USERS-02")
    .Maps(Frameworks.Soc2, "CC6.1")
    .Maps(Frameworks.Iso27001, "A.5.17")
    .Maps(Frameworks.Nist80053, "IA-5")
    .Tags("security", "access", "passwords")
    .Parameter("minLength", 12, "Shortest password length accepted as a minimum (CIS Benchmarks: 14; NIST SP 800-63B: at least 8, longer encouraged).")
    .Parameter("minCharacterClasses", 3, "How many of upper case, lower case, digits and symbols the policy must require; 0 for NIST-style length-only policies.")
    .Parameter("minHistory", 5, "How many previous passwords must be remembered against reuse.")
    .Parameter("maxLockoutThreshold", 10, "Most failed attempts allowed before lockout; a policy without lockout fails.")
    .Parameter("maxAge", TimeSpan.FromDays(31), "How old the latest policy observation of a host may be at the window end, and how far back the policy in force at the window start is looked up.")
    .Remediation("Set the minimums in /etc/login.defs and pam_pwquality/pam_faillock (or the application's settings) on every host listed, and export the policy with the monthly evidence.")
    .Check(ctx =>
    {
        var minLength = ctx.Param<int>("minLength");
        var minClasses = ctx.Param<int>("minCharacterClasses");
        var minHistory = ctx.Param<int>("minHistory");
        var maxLockout = ctx.Param<int>("maxLockoutThreshold");
        var maxAge = ctx.Param<TimeSpan>("maxAge");
        var policies = ctx.Evidence<PasswordPolicy>(lookback: maxAge).ToList();
        var latest = ctx.LatestBy<PasswordPolicy>(p => p.Host ?? "(system-wide)", maxAge);
        if (latest.Count == 0)
            return ctx.NoEvidence($"No password policy observed in the {Durations.Format(maxAge)} before {ctx.Window.Format(ctx.Window.To)}.");

        var findings = new List<Finding>();
        foreach (var host in policies.Select(p => p.Record.Host ?? "(system-wide)").Distinct().Order(StringComparer.Ordinal))
        {
            var ofHost = policies.Where(p => (p.Record.Host ?? "(system-wide)") == host).ToList();
            var inForceAtStart = ofHost.LastOrDefault(p => p.At <= ctx.Window.From);
            var judged = ofHost.Where(p => p.At > ctx.Window.From || p == inForceAtStart);
            var weak = judged.Select(p => (Policy: p, Problems: Problems(p.Record))).FirstOrDefault(x => x.Problems.Count > 0);
            if (weak.Policy is not null)
                findings.Add(new Finding($"{host}: the password policy observed at {ctx.Window.Format(weak.Policy.At)} falls short: {string.Join("; ", weak.Problems)}.")
                {
                    Start = weak.Policy.At,
                    Subject = host,
                    Evidence = [weak.Policy.Ref],
                });
            if (!latest.ContainsKey(host))
                findings.Add(new Finding($"{host}: no password policy observed in the {Durations.Format(maxAge)} before the window end; the last was at {ctx.Window.Format(ofHost[^1].At)}.") { Subject = host, Evidence = [ofHost[^1].Ref] });
        }

        return findings.Count == 0
            ? ctx.Pass($"The password policy of {latest.Count} host(s) meets the minimums (length {minLength}, {minClasses} character classes, history {minHistory}, lockout after at most {maxLockout} failures) throughout the window.", latest.Values.Select(p => p.Ref))
            : ctx.Fail($"{findings.Count} host(s) had a password policy below the minimums or no recent policy.", findings, findings.SelectMany(f => f.Evidence));

        List<string> Problems(PasswordPolicy p)
        {
            var problems = new List<string>();
            if (p.MinLength < minLength) problems.Add($"minimum length {p.MinLength} < {minLength}");
            var classes = new[] { p.RequireUppercase, p.RequireLowercase, p.RequireDigit, p.RequireSymbol }.Count(required => required);
            if (classes < minClasses) problems.Add($"{classes} required character classes < {minClasses}");
            if ((p.HistoryCount ?? 0) < minHistory) problems.Add($"password history {(p.HistoryCount is { } h ? h.ToString(CultureInfo.InvariantCulture) : "not set")} < {minHistory}");
            if (p.LockoutThreshold is not { } lockout || lockout <= 0) problems.Add("no account lockout");
            else if (lockout > maxLockout) problems.Add($"lockout after {lockout} failures > {maxLockout}");
            return problems;
        }
    });

Control("SEC-ACC-03")
    .Title("Least privilege: few privileged accounts, each reviewed")
    .Description("In the latest account snapshot privileged accounts are a small share of the enabled accounts, and every enabled privileged account is covered by a completed privileged-access review within the review interval.")
    .Severity(Severity.High)
    .Implements("SEC-ACC-USERS-03")
    .Maps(Frameworks.Soc2, "CC6.3")
    .Maps(Frameworks.Iso27001, "A.8.2")
    .Maps(Frameworks.Nist80053, "AC-6")
    .Tags("security", "access", "privilege")
    .Parameter("maxPrivilegedShare", 0.15, "Largest share of enabled accounts that may be privileged; more suggests administrator roles are handed out broadly.")
    .Parameter("reviewMaxAge", TimeSpan.FromDays(92), "How old the latest privileged-access review covering an account may be at the snapshot: one quarter.")
    .Parameter("snapshotMaxAge", TimeSpan.FromDays(7), "How old the latest account snapshot may be at the window end.")
    .Remediation("Remove administrator roles that are not needed for the person's job, use separate admin accounts only where required, and review every privileged account at least quarterly (record the accounts covered).")
    .Check(ctx =>
    {
        var maxShare = ctx.Param<double>("maxPrivilegedShare");
        var reviewMaxAge = ctx.Param<TimeSpan>("reviewMaxAge");
        var snapshotMaxAge = ctx.Param<TimeSpan>("snapshotMaxAge");
        var accounts = ctx.LatestBy<Account>(a => a.User, snapshotMaxAge);
        if (accounts.Count == 0)
            return ctx.NoEvidence($"No account snapshot observed in the {Durations.Format(snapshotMaxAge)} before {ctx.Window.Format(ctx.Window.To)}.");

        var reviews = ctx.Query<AccessReview>(ctx.Window.To - snapshotMaxAge - reviewMaxAge, ctx.Window.To)
            .Where(r => r.Record.Outcome == ReviewOutcome.Completed && r.Record.Scope is AccessReviewScope.Privileged or AccessReviewScope.Permissions)
            .ToList();
        var enabled = accounts.Values.Where(a => !a.Record.Disabled).ToList();
        var privileged = enabled.Where(a => a.Record.Privileged).ToList();
        var findings = new List<Finding>();
        var share = enabled.Count == 0 ? 0 : (double)privileged.Count / enabled.Count;
        if (share > maxShare)
            findings.Add(new Finding($"{privileged.Count} of {enabled.Count} enabled accounts are privileged ({Percent(share)}, limit {Percent(maxShare)}).") { End = ctx.Window.To });
        foreach (var account in privileged)
        {
            var covered = reviews.Any(r => r.Record.AccountsCovered.Contains(account.Record.User, StringComparer.Ordinal)
                && r.At <= account.At && account.At - r.At <= reviewMaxAge);
            if (!covered)
                findings.Add(new Finding($"{account.Record.User}: privileged ({string.Join(", ", account.Record.Roles)}) and not covered by a completed privileged-access review in the {Durations.Format(reviewMaxAge)} before the snapshot at {ctx.Window.Format(account.At)}.")
                {
                    Subject = account.Record.User,
                    End = account.At,
                    Evidence = [account.Ref],
                });
        }

        return findings.Count == 0
            ? ctx.Pass($"{privileged.Count} of {enabled.Count} enabled accounts are privileged ({Percent(share)}, limit {Percent(maxShare)}), each covered by a recent privileged-access review.", privileged.Select(a => a.Ref).Concat(reviews.Select(r => r.Ref)))
            : ctx.Fail($"{findings.Count} least-privilege problem(s) among {privileged.Count} privileged accounts.", findings, findings.SelectMany(f => f.Evidence));

        static string Percent(double share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";
    });
