using System.Globalization;
using Custojo.Compliance.Sdk.Evidence;

namespace Custojo.Compliance.Evidence.Demo.Timelines;

/// <summary>
/// The monthly documentation review on the first Wednesday of every month: each maintenance document is read
/// against practice and confirmed current, or updated (one document a month, in turn).
/// </summary>
internal sealed class DocumentationReviews : IDemoTimeline
{
    private static readonly string[] Documents =
    [
        "docs/maintenance-guide.md",
        "docs/disaster-recovery-plan.md",
        "runbooks/backup-procedure.md",
        "runbooks/incident-response.md",
        "runbooks/restore-procedure.md",
        "runbooks/update-procedure.md",
    ];

    public IReadOnlyList<PlantedViolation> Planted { get; } = [];

    public IEnumerable<EvidenceRecord> Generate(DemoContext context)
    {
        var records = new TimedRecords(context);
        var versions = Documents.Select(_ => 3 + context.Random.Next(0, 12)).ToArray();
        foreach (var day in context.Days().Select(context.LocalDay).Where(d => d.DayOfWeek == DayOfWeek.Wednesday && d.Day <= 7))
        {
            var updated = day.Month % Documents.Length;
            for (var i = 0; i < Documents.Length; i++)
            {
                if (i == updated) versions[i]++;
                var at = context.LocalTime(day, new TimeOnly(10, 0)).AddMinutes(25 * i);
                records.Add(at, new DocumentationReview
                {
                    Document = Documents[i],
                    ReviewedAt = at,
                    Reviewer = context.Installation.Admins[(day.Month + i) % context.Installation.Admins.Count],
                    Outcome = i == updated ? DocumentOutcome.Updated : DocumentOutcome.Current,
                    Version = versions[i].ToString(CultureInfo.InvariantCulture),
                });
            }
        }

        return records.InTimeOrder();
    }
}
