namespace Custojo.Compliance.Evidence.Demo.Timelines;

/// <summary>
/// The accounts of the demo installation beyond its administrators and users, shared by the timelines that
/// generate logins, account snapshots, access reviews and training records, so their histories agree.
/// </summary>
internal static class DemoAccounts
{
    /// <summary>A contractor with administrator rights who never enrolled in MFA (planted: SEC-AUTH-01).</summary>
    public const string ContractorWithoutMfa = "frank.contractor";

    /// <summary>A former employee whose account stayed enabled and was left out of every review (planted: SEC-ACC-01).</summary>
    public const string FormerEmployee = "greg.former";

    /// <summary>A departed employee whose account was disabled, as it should be.</summary>
    public const string DepartedEmployee = "henry.left";

    /// <summary>A reporting service account, unused for months, kept enabled after the inactive-account review.</summary>
    public const string ReportingService = "svc-reporting";

    /// <summary>How long before the end of the period the former employee last logged in: past the 90-day limit.</summary>
    public static readonly TimeSpan FormerEmployeeIdle = TimeSpan.FromDays(130);

    /// <summary>How long before the end of the period the departed employee and the service account last logged in.</summary>
    public static readonly TimeSpan LongIdle = TimeSpan.FromDays(200);

    /// <summary>Every enabled account with administrator rights: the installation's administrators and the contractor.</summary>
    public static IReadOnlyList<string> Privileged(DemoInstallation installation) => [.. installation.Admins, ContractorWithoutMfa];

    /// <summary>The accounts that hold no login in the period: inactive or disabled.</summary>
    public static IReadOnlyList<string> Dormant { get; } = [FormerEmployee, DepartedEmployee, ReportingService];
}
