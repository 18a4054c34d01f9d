using Custojo.Compliance.Sdk.Evidence;

namespace Custojo.Compliance.Evidence.Demo.Timelines;

/// <summary>
/// A nightly verification job at 05:30 local, after every backup of the night: an integrity check and a checksum
/// verification of every backup target (databases, file stores, hosts). Once in the period a checksum verification
/// fails on a transient read error and passes when rerun 40 minutes later.
/// </summary>
internal sealed class BackupVerifications : IDemoTimeline
{
    public IReadOnlyList<PlantedViolation> Planted { get; } = [];

    public IEnumerable<EvidenceRecord> Generate(DemoContext context)
    {
        var records = new TimedRecords(context);
        var installation = context.Installation;
        var targets = installation.Databases.Select(db => (Target: db, Host: installation.DatabaseHosts[0]))
            .Concat(FileAndSystemBackups.FileStores.Select(store => (Target: store.Path, Host: installation.AppHosts[0])))
            .Concat(installation.AllHosts.Select(host => (Target: host, Host: host)))
            .ToList();
        var days = context.Days().Select(context.LocalDay).ToList();
        var failedDay = days[context.Random.Next(days.Count / 2, days.Count * 3 / 4)];
        foreach (var day in days)
        {
            var at = context.LocalTime(day, new TimeOnly(5, 30));
            foreach (var (target, host) in targets)
            {
                records.Add(at, Check(VerificationMethod.Integrity, at, target, host, CheckOutcome.Passed, "0 errors"));
                var checksumAt = at.AddMinutes(1);
                if (day == failedDay && target == targets[0].Target)
                {
                    records.Add(checksumAt, Check(VerificationMethod.Checksum, checksumAt, target, host, CheckOutcome.Failed, "1 file could not be read: timeout from the repository"));
                    checksumAt = checksumAt.AddMinutes(40);
                }
                records.Add(checksumAt, Check(VerificationMethod.Checksum, checksumAt, target, host, CheckOutcome.Passed, "checksums match"));
                at = at.AddMinutes(2);
            }
        }

        return records.InTimeOrder();
    }

    private static BackupVerification Check(VerificationMethod method, DateTimeOffset at, string target, string host, CheckOutcome outcome, string details) => new()
    {
        Method = method,
        CheckedAt = at,
        Target = target,
        Outcome = outcome,
        Host = host,
        Details = details,
    };
}
