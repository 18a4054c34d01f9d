using Custojo.Compliance.Sdk.Evidence;

namespace Custojo.Compliance.Evidence.Demo.Timelines;

/// <summary>
/// Preparedness: the yearly approval of the disaster-recovery plan, a recovery exercise (loss of the database
/// server) that meets its RTO and RPO, the administrators' yearly refresher of the maintenance-procedures
/// training (and some users' security awareness course), and the reviews of the incident and maintenance
/// communication protocols. All of them fall inside the period, spread over it.
/// </summary>
internal sealed class ContinuityAndTraining : IDemoTimeline
{
    public IReadOnlyList<PlantedViolation> Planted { get; } = [];

    public IEnumerable<EvidenceRecord> Generate(DemoContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var records = new TimedRecords(context);
        var first = context.LocalDay(context.From);
        var length = context.LocalDay(context.To).DayNumber - first.DayNumber;
        DateTimeOffset At(double share, int hour) => context.LocalTime(first.AddDays((int)(length * share)), new TimeOnly(hour, 0));

        var approved = At(0.4, 13);
        records.Add(approved, new DrPlanReview
        {
            PlanVersion = $"{context.LocalDay(approved).Year}.{(context.LocalDay(approved).Month <= 6 ? 1 : 2)}",
            ReviewedAt = approved,
            Approver = "cio",
            Outcome = PlanReviewOutcome.Approved,
        });

        var exercise = At(0.6, 9);
        records.Add(exercise, new RecoveryTest
        {
            Scenario = "database-server-loss",
            TestedAt = exercise,
            Outcome = OperationOutcome.Success,
            RtoTargetMinutes = 240,
            RtoAchievedMinutes = 120 + context.Random.Next(0, 60),
            RpoTargetMinutes = 30,
            RpoAchievedMinutes = 5 + context.Random.Next(0, 15),
        });

        var admins = DemoAccounts.Privileged(context.Installation);
        for (var i = 0; i < admins.Count; i++)
        {
            var completed = At(0.1 + (0.7 * i / admins.Count), 15) + context.WholeSecondsJitter(TimeSpan.FromMinutes(45));
            records.Add(completed, Training(admins[i], "custojo-maintenance-procedures", completed));
        }

        var users = context.Installation.Users;
        for (var i = 0; i < users.Count; i += 5)
        {
            var completed = At(0.05 + (0.9 * i / users.Count), 11) + context.WholeSecondsJitter(TimeSpan.FromHours(2));
            records.Add(completed, Training(users[i], "security-awareness", completed));
        }

        records.Add(At(0.25, 10), Protocol("incident-communication", At(0.25, 10), DocumentOutcome.Current, ["ops-oncall", "service-desk", "customer-success"]));
        records.Add(At(0.7, 10), Protocol("maintenance-communication", At(0.7, 10), DocumentOutcome.Updated, ["ops-oncall", "all-users@custojo.example", "status-page"]));
        return records.InTimeOrder();
    }

    private static TrainingRecord Training(string user, string course, DateTimeOffset completed) => new()
    {
        User = user,
        Course = course,
        CompletedAt = completed,
        ExpiresAt = completed.AddYears(1),
    };

    private static CommunicationProtocolReview Protocol(string protocol, DateTimeOffset at, DocumentOutcome outcome, IReadOnlyList<string> contacts) => new()
    {
        Protocol = protocol,
        ReviewedAt = at,
        Reviewer = "ops.lead",
        Outcome = outcome,
        Contacts = contacts,
    };
}
