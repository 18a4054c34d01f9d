using Custojo.Compliance.Sdk.Evidence;

namespace Custojo.Compliance.Evidence.Demo.Timelines;

/// <summary>WAL archiving every 30 minutes for each database, with one planted 47-minute gap.</summary>
internal sealed class TransactionLogBackups : IDemoTimeline
{
    public IReadOnlyList<PlantedViolation> Planted { get; } =
        [new("BKP-DB-03", "One 47-minute gap between transaction-log backups (limit 30 minutes + 2 minutes tolerance), 20 days before the end of the period.")];

    public IEnumerable<EvidenceRecord> Generate(DemoContext context)
    {
        // The slot at 03:05 local, 20 days before the end, is followed by a late run at 03:52 instead of 03:35.
        var gapOpens = context.LocalTime(context.LocalDay(context.To).AddDays(-20), new TimeOnly(3, 5));
        foreach (var database in context.Installation.Databases)
        {
            for (var slot = context.From.AddMinutes(5); slot < context.To; slot = slot.AddMinutes(30))
            {
                var started = slot == gapOpens.AddMinutes(30) ? gapOpens.AddMinutes(47)
                    : slot == gapOpens ? slot
                    : slot + context.Jitter(TimeSpan.FromSeconds(40));
                yield return Run(database, context.Installation.DatabaseHosts[0], started);
            }
        }
    }

    private static BackupRun Run(string database, string host, DateTimeOffset started) => new()
    {
        Category = BackupCategory.Database,
        Type = BackupType.TransactionLog,
        StartedAt = started,
        CompletedAt = started.AddSeconds(12),
        Outcome = BackupOutcome.Success,
        SizeBytes = 16 * 1024 * 1024,
        Target = database,
        Host = host,
        Tool = "pgbackrest 2.45",
    };
}
