using Custojo.Compliance.Engine.Runs;
using Custojo.Compliance.Sdk.Results;

namespace Custojo.Compliance.Reporting.Model;

/// <summary>
/// The run arranged for reporting, computed once and shared by every writer: totals, counts by
/// severity and section, score, guide-ordered sections, traceability and the score history.
/// </summary>
internal sealed class ReportModel
{
    private ReportModel(ReportInput input, TimeZoneInfo zone)
    {
        Input = input;
        Zone = zone;
        Results = [.. input.Run.Results.OrderBy(r => r.ControlId, StringComparer.Ordinal)];
        foreach (var result in Results) Totals.Add(result.Outcome);

        Severities = [.. Model.Severities.Order(Results.Select(r => r.Severity))
            .Select(s => new SeverityGroup(s, Count(Results.Where(r => Model.Severities.Normalise(r.Severity) == s))))];

        var sectionOrder = SectionOrder(input.Requirements);
        Sections = [.. Results.GroupBy(r => r.Section, StringComparer.Ordinal)
            .OrderBy(g => sectionOrder(g.Key)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new SectionGroup(g.Key, [.. g], Count(g)))];

        Attention = [.. Sections.SelectMany(s => s.Controls).Where(r => r.Outcome != Outcome.Pass)];
        Waivers = [.. Sections.SelectMany(s => s.Controls).Where(r => r.Waiver is not null)];
        Traceability = [.. input.Requirements.Select(req => Trace(req, Results))];
        Trend = [.. input.History.Where(p => p.RunId != input.Run.RunId)
            .Append(new ScorePoint(input.Run.RunId, input.Run.To, Totals.Score))
            .OrderBy(p => p.At).ThenBy(p => p.RunId, StringComparer.Ordinal)];
    }

    public ReportInput Input { get; }
    public RunResult Run => Input.Run;
    public TimeZoneInfo Zone { get; }

    /// <summary>Every result, ordered by control id (ordinal).</summary>
    public IReadOnlyList<ControlRunResult> Results { get; }
    public OutcomeCounts Totals { get; } = new();
    public double? Score => Totals.Score;
    public IReadOnlyList<SeverityGroup> Severities { get; }

    /// <summary>Sections in guide order (catalogue order), then any others by name.</summary>
    public IReadOnlyList<SectionGroup> Sections { get; }

    /// <summary>Every control whose outcome is not pass, in section order then control id.</summary>
    public IReadOnlyList<ControlRunResult> Attention { get; }
    /// <summary>Every control a waiver names in this run, applied or not, in section order then control id.</summary>
    public IReadOnlyList<ControlRunResult> Waivers { get; }

    public IReadOnlyList<RequirementTrace> Traceability { get; }

    /// <summary>Earlier scores and this run's, oldest first.</summary>
    public IReadOnlyList<ScorePoint> Trend { get; }

    public static ReportModel Build(ReportInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var duplicate = input.Run.Results.GroupBy(r => r.ControlId, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw ReportInputException.DuplicateControl(duplicate.Key);
        return new ReportModel(input, FindZone(input.Run.TimeZone));
    }

    public string Local(DateTimeOffset instant) => ReportTime.Local(instant, Zone);

    /// <summary>The waiver sentence of a result, the same in every format; null when no waiver names the control.</summary>
    public string? WaiverText(ControlRunResult result) =>
        result.Waiver is { } status ? Engine.Waivers.WaiverText.Describe(status, Zone) : null;

    /// <summary>The evidence a control rests on: its own references and its findings', distinct, in time order.</summary>
    public static IReadOnlyList<EvidenceRef> EvidenceOf(ControlRunResult result) =>
        [.. result.Evidence.Concat(result.Findings.SelectMany(f => f.Evidence))
            .DistinctBy(e => e.Id, StringComparer.Ordinal)
            .OrderBy(e => e.ObservedAt).ThenBy(e => e.Id, StringComparer.Ordinal)];

    private static OutcomeCounts Count(IEnumerable<ControlRunResult> results)
    {
        var counts = new OutcomeCounts();
        foreach (var result in results) counts.Add(result.Outcome);
        return counts;
    }

    private static Func<string, int> SectionOrder(IReadOnlyList<GuideRequirement> requirements)
    {
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var requirement in requirements) order.TryAdd(requirement.Section, order.Count);
        return section => order.TryGetValue(section, out var index) ? index : int.MaxValue;
    }

    private static RequirementTrace Trace(GuideRequirement requirement, IReadOnlyList<ControlRunResult> results)
    {
        var controls = results.Where(r => r.Requirements.Contains(requirement.Id, StringComparer.Ordinal)).ToList();
        Outcome? outcome = controls.Count == 0 ? null : controls.Select(c => c.Outcome).MaxBy(OutcomeNames.Gravity);
        return new RequirementTrace(requirement, controls, outcome);
    }

    private static TimeZoneInfo FindZone(string zone)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(zone);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw ReportInputException.UnknownTimeZone(zone, e);
        }
    }
}
