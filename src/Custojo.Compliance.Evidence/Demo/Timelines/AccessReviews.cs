using Custojo.Compliance.Sdk.Evidence;

namespace Custojo.Compliance.Evidence.Demo.Timelines;

/// <summary>
/// The security lead's monthly access reviews: every privileged account (roles still needed, nothing to
/// change), and the inactive accounts known to the review list, which keeps the reporting service account
/// enabled for its quarterly job. The former employee's account is missing from that list (planted with
/// <see cref="LoginsAndAccounts"/>).
/// </summary>
internal sealed class AccessReviews : IDemoTimeline
{
    public IReadOnlyList<PlantedViolation> Planted { get; } = [];

    public IEnumerable<EvidenceRecord> Generate(DemoContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var records = new TimedRecords(context);
        var privileged = DemoAccounts.Privileged(context.Installation);
        string[] inactive = [DemoAccounts.DepartedEmployee, DemoAccounts.ReportingService];
        var first = context.LocalDay(context.From);
        for (var offset = 5; first.AddDays(offset) < context.LocalDay(context.To); offset += 30)
        {
            var privilegedAt = context.LocalTime(first.AddDays(offset), new TimeOnly(10, 0)) + context.WholeSecondsJitter(TimeSpan.FromMinutes(30));
            records.Add(privilegedAt, Review(AccessReviewScope.Privileged, privilegedAt, privileged));
            var inactiveAt = context.LocalTime(first.AddDays(offset + 7), new TimeOnly(14, 0)) + context.WholeSecondsJitter(TimeSpan.FromMinutes(30));
            records.Add(inactiveAt, Review(AccessReviewScope.InactiveAccounts, inactiveAt, inactive));
        }

        return records.InTimeOrder();
    }

    private static AccessReview Review(AccessReviewScope scope, DateTimeOffset at, IReadOnlyList<string> accounts) => new()
    {
        Scope = scope,
        ReviewedAt = at,
        Reviewer = "carol.sec",
        AccountsReviewed = accounts.Count,
        AccountsCovered = accounts,
        ChangesMade = 0,
        Outcome = ReviewOutcome.Completed,
    };
}
