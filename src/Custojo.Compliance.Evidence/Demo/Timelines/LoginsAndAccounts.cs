using System.Globalization;
using Custojo.Compliance.Sdk.Evidence;

namespace Custojo.Compliance.Evidence.Demo.Timelines;

/// <summary>
/// Who logs in, and the daily account export that follows from it. Users sign in to the web application on
/// working days (single sign-on or password, an occasional typo), administrators over SSH (reachable from the
/// VPN only) with publickey and MFA, internet scanners try a few common names on the public web login, and a
/// few times a week a brute-force burst hits the web login until fail2ban or the rate limiter blocks the
/// address and raises an alert, which the on-call administrator acknowledges within hours. Every morning at 06:00 the account export records each account
/// with its last successful login. Planted: a contractor with administrator rights who never enrolled in MFA,
/// and a former employee's account that is still enabled 130 days after its last login.
/// </summary>
internal sealed class LoginsAndAccounts : IDemoTimeline
{
    private static readonly string[] ScannerNames = ["root", "admin", "test", "ubuntu", "oracle", "postgres", "git", "pi", "user", "support"];

    public IReadOnlyList<PlantedViolation> Planted { get; } =
    [
        new("SEC-AUTH-01", $"{DemoAccounts.ContractorWithoutMfa} holds administrator rights but never enrolled in MFA, and logs in over SSH without a second factor."),
        new("SEC-ACC-01", $"{DemoAccounts.FormerEmployee} last logged in 130 days before the end of the period (limit 90 days); the account is still enabled and no inactive-account review names it."),
    ];

    public IEnumerable<EvidenceRecord> Generate(DemoContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var profiles = Profiles(context);
        var lastLogin = profiles.ToDictionary(p => p.User, p => p.LastLoginBefore, StringComparer.Ordinal);
        var bursts = 0;
        foreach (var midnight in context.Days())
        {
            var day = context.LocalDay(midnight);
            var events = new List<(DateTimeOffset At, int Sequence, EvidenceRecord Record)>();
            void Add(DateTimeOffset at, EvidenceRecord record) => events.Add((at, events.Count, record));

            var workday = day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
            UserLogins(context, day, workday, Add);
            AdminLogins(context, day, workday, Add);
            ScannerAttempts(context, day, Add);
            if (context.Random.NextDouble() < 0.3)
                BruteForceBurst(context, day, ++bursts, Add);

            var snapshotAt = context.LocalTime(day, new TimeOnly(6, 0));
            var exported = false;
            foreach (var (at, _, record) in events.OrderBy(e => e.At).ThenBy(e => e.Sequence))
            {
                if (!exported && at >= snapshotAt)
                {
                    foreach (var account in Snapshot(profiles, lastLogin, snapshotAt)) yield return account;
                    exported = true;
                }

                if (record is LoginAttempt { Outcome: LoginOutcome.Success, ValidUser: true } login)
                    lastLogin[login.User] = login.At;
                if (context.InPeriod(at)) yield return record;
            }

            if (!exported)
                foreach (var account in Snapshot(profiles, lastLogin, snapshotAt)) yield return account;
        }
    }

    /// <summary>Ordinary users: 14 to 26 web logins on a working day (several devices, session timeouts), a few at weekends.</summary>
    private static void UserLogins(DemoContext context, DateOnly day, bool workday, Action<DateTimeOffset, EvidenceRecord> add)
    {
        var users = context.Installation.Users;
        var hosts = context.Installation.AppHosts;
        for (var i = 0; i < users.Count; i++)
        {
            var count = workday ? context.Random.Next(14, 27) : Math.Max(0, context.Random.Next(-4, 5));
            var ip = string.Create(CultureInfo.InvariantCulture, $"10.20.{1 + (i / 200)}.{1 + (i % 200)}");
            for (var n = 0; n < count; n++)
            {
                var at = context.LocalTime(day, workday ? new TimeOnly(7, 30) : new TimeOnly(9, 0))
                    + TimeSpan.FromSeconds(context.Random.Next(0, workday ? 41_400 : 43_200));
                var sso = context.Random.NextDouble() < 0.7;
                var host = hosts[context.Random.Next(hosts.Count)];
                if (!sso && context.Random.NextDouble() < 0.04)
                {
                    var typo = at.AddSeconds(-context.Random.Next(8, 40));
                    add(typo, Login(typo, users[i], ip, LoginOutcome.Failure, false, LoginMethod.Password, true, host, "custojo-web"));
                }

                add(at, Login(at, users[i], ip, LoginOutcome.Success, sso && i % 3 != 0, sso ? LoginMethod.Sso : LoginMethod.Password, true, host, "custojo-web"));
            }
        }
    }

    /// <summary>Administrators over SSH with publickey and MFA; the contractor without MFA on about half of the working days.</summary>
    private static void AdminLogins(DemoContext context, DateOnly day, bool workday, Action<DateTimeOffset, EvidenceRecord> add)
    {
        var hosts = context.Installation.AllHosts.ToList();
        var admins = context.Installation.Admins;
        for (var i = 0; i < admins.Count; i++)
        {
            var count = workday ? context.Random.Next(6, 13) : context.Random.Next(0, 3);
            for (var n = 0; n < count; n++)
            {
                var at = context.LocalTime(day, new TimeOnly(8, 0)) + TimeSpan.FromSeconds(context.Random.Next(0, workday ? 37_800 : 50_400));
                add(at, Login(at, admins[i], string.Create(CultureInfo.InvariantCulture, $"10.20.0.{10 + i}"), LoginOutcome.Success, true, LoginMethod.Publickey, true, hosts[context.Random.Next(hosts.Count)], "sshd"));
            }
        }

        if (!workday || context.Random.NextDouble() >= 0.55) return;
        for (var n = context.Random.Next(2, 6); n > 0; n--)
        {
            var at = context.LocalTime(day, new TimeOnly(9, 0)) + TimeSpan.FromSeconds(context.Random.Next(0, 28_800));
            add(at, Login(at, DemoAccounts.ContractorWithoutMfa, "10.20.0.40", LoginOutcome.Success, false, LoginMethod.Publickey, true, hosts[context.Random.Next(hosts.Count)], "sshd"));
        }
    }

    /// <summary>Internet background noise: scanners trying one to three common names on the public web login.</summary>
    private static void ScannerAttempts(DemoContext context, DateOnly day, Action<DateTimeOffset, EvidenceRecord> add)
    {
        var hosts = context.Installation.AppHosts;
        for (var n = 20 * context.Scale; n > 0; n--)
        {
            var at = context.LocalTime(day, TimeOnly.MinValue) + TimeSpan.FromSeconds(context.Random.Next(0, 82_800));
            var ip = string.Create(CultureInfo.InvariantCulture, $"198.51.100.{context.Random.Next(1, 255)}");
            var host = hosts[context.Random.Next(hosts.Count)];
            for (var attempt = context.Random.Next(1, 4); attempt > 0; attempt--)
            {
                var user = ScannerNames[context.Random.Next(ScannerNames.Length)];
                add(at, Login(at, user, ip, LoginOutcome.Failure, false, LoginMethod.Password, false, host, "custojo-web"));
                at = at.AddSeconds(context.Random.Next(1, 4));
            }
        }
    }

    /// <summary>
    /// Ten to fourteen failures from one address a few seconds apart; the ban (and its alert) follows the tenth
    /// failure within a minute, and the on-call administrator acknowledges it within hours.
    /// </summary>
    private static void BruteForceBurst(DemoContext context, DateOnly day, int number, Action<DateTimeOffset, EvidenceRecord> add)
    {
        var ip = string.Create(CultureInfo.InvariantCulture, $"203.0.113.{1 + ((number - 1) % 250)}");
        var host = context.Installation.AppHosts[context.Random.Next(context.Installation.AppHosts.Count)];
        var rateLimiter = context.Random.NextDouble() < 0.4;
        var attempts = context.Random.Next(10, 15);
        var at = context.LocalTime(day, new TimeOnly(0, 30)) + TimeSpan.FromSeconds(context.Random.Next(0, 75_600));
        var tenth = at;
        for (var n = 1; n <= attempts; n++)
        {
            add(at, Login(at, ScannerNames[context.Random.Next(ScannerNames.Length)], ip, LoginOutcome.Failure, false, LoginMethod.Password, false, host, "custojo-web"));
            if (n == 10) tenth = at;
            at = at.AddSeconds(context.Random.Next(2, 9));
        }

        var raised = tenth.AddSeconds(context.Random.Next(5, 41));
        var acknowledged = raised + TimeSpan.FromMinutes(context.Random.Next(20, 600));
        var id = string.Create(CultureInfo.InvariantCulture, $"{(rateLimiter ? "ratelimit" : "fail2ban")}-{day:yyyy-MM-dd}-{number:D4}");
        add(raised, new SecurityAlert
        {
            AlertId = id,
            RaisedAt = raised,
            Severity = AlertSeverity.High,
            Source = rateLimiter ? "custojo-web-ratelimit" : "fail2ban",
            Title = rateLimiter
                ? string.Create(CultureInfo.InvariantCulture, $"custojo-web login rate limit: failed logins from {ip}, address blocked for 1 hour")
                : string.Create(CultureInfo.InvariantCulture, $"custojo-web jail: {attempts} failed logins from {ip}, address banned"),
            Host = host,
            AcknowledgedAt = acknowledged,
            ResolvedAt = acknowledged + TimeSpan.FromMinutes(context.Random.Next(5, 31)),
        });
    }

    private static IEnumerable<Account> Snapshot(IReadOnlyList<Profile> profiles, Dictionary<string, DateTimeOffset> lastLogin, DateTimeOffset at) =>
        profiles.Select(p => new Account
        {
            ObservedAt = at,
            User = p.User,
            Roles = p.Roles,
            Privileged = p.Privileged,
            MfaEnrolled = p.MfaEnrolled,
            LastLoginAt = lastLogin[p.User],
            Disabled = p.Disabled,
            CreatedAt = p.CreatedAt,
            Locked = false,
            System = "custojo-app",
        });

    private static LoginAttempt Login(DateTimeOffset at, string user, string ip, LoginOutcome outcome, bool mfa, LoginMethod method, bool validUser, string host, string service) => new()
    {
        At = at,
        User = user,
        SourceIp = ip,
        Outcome = outcome,
        MfaUsed = mfa,
        Method = method,
        ValidUser = validUser,
        Host = host,
        Service = service,
    };

    /// <summary>Every account of the installation with its standing attributes and its last login before the period.</summary>
    private static List<Profile> Profiles(DemoContext context)
    {
        var profiles = new List<Profile>();
        var start = context.From;
        var end = context.To;
        foreach (var admin in context.Installation.Admins)
            profiles.Add(new(admin, ["admin", "sudo"], true, true, false, end.AddDays(-900 + profiles.Count), start.AddHours(-context.Random.Next(1, 24))));
        profiles.Add(new(DemoAccounts.ContractorWithoutMfa, ["admin", "sudo"], true, false, false, end.AddDays(-150), start.AddDays(-2)));
        for (var i = 0; i < context.Installation.Users.Count; i++)
            profiles.Add(new(context.Installation.Users[i], ["user"], false, i % 3 != 0, false, end.AddDays(-700 + (i % 300)), start.AddHours(-context.Random.Next(1, 72))));
        profiles.Add(new(DemoAccounts.FormerEmployee, ["user"], false, true, false, end.AddDays(-1100), context.LocalTime(context.LocalDay(end - DemoAccounts.FormerEmployeeIdle), new TimeOnly(17, 42, 8))));
        profiles.Add(new(DemoAccounts.DepartedEmployee, ["user"], false, true, true, end.AddDays(-1300), context.LocalTime(context.LocalDay(end - DemoAccounts.LongIdle), new TimeOnly(16, 5, 31))));
        profiles.Add(new(DemoAccounts.ReportingService, ["reporting"], false, false, false, end.AddDays(-1000), context.LocalTime(context.LocalDay(end - DemoAccounts.LongIdle), new TimeOnly(2, 0, 14))));
        return [.. profiles.OrderBy(p => p.User, StringComparer.Ordinal)];
    }

    private sealed record Profile(string User, IReadOnlyList<string> Roles, bool Privileged, bool MfaEnrolled, bool Disabled, DateTimeOffset CreatedAt, DateTimeOffset LastLoginBefore);
}
