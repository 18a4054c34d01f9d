using System.IO.Enumeration;
using Custojo.Compliance.Engine.Runs;
using Custojo.Compliance.Sdk.Results;

namespace Custojo.Compliance.Engine.Waivers;

/// <summary>
/// Applies waivers to a run's results. Pure: the same results and waiver set give the same output, so a
/// replay reproduces it. Only <c>fail</c> and <c>no-evidence</c> can be waived; an <c>error</c> is a
/// broken policy to fix, and a pass needs no waiver.
/// </summary>
public static class WaiverApplication
{
    public static IReadOnlyList<ControlRunResult> Apply(IReadOnlyList<ControlRunResult> results, WaiverSet waivers)
    {
        if (waivers.Items.Count == 0) return results;
        var byControl = waivers.Items.ToLookup(w => w.ControlId, StringComparer.Ordinal);
        return [.. results.Select(result => byControl.Contains(result.ControlId) ? Apply(result, byControl[result.ControlId], waivers) : result)];
    }

    public static WaiverState StateOf(Waiver waiver, DateTimeOffset at, int warnWithinDays) =>
        at < waiver.Created ? WaiverState.NotYetValid
        : at >= waiver.Expires ? WaiverState.Expired
        : waiver.Expires - at <= TimeSpan.FromDays(warnWithinDays) ? WaiverState.ExpiringSoon
        : WaiverState.Active;

    private static ControlRunResult Apply(ControlRunResult result, IEnumerable<Waiver> candidates, WaiverSet waivers)
    {
        var status = candidates
            .Select(waiver => Decide(result, waiver, waivers))
            .OrderBy(Rank)
            .ThenByDescending(s => s.Waiver.Expires)
            .ThenBy(s => s.Waiver.Id, StringComparer.Ordinal)
            .First();
        return result with { Outcome = status.Applied ? Outcome.Waived : result.Outcome, Waiver = status };
    }

    private static WaiverStatus Decide(ControlRunResult result, Waiver waiver, WaiverSet waivers)
    {
        var state = StateOf(waiver, waivers.DecidedAt, waivers.WarnWithinDays);
        var reason = state switch
        {
            WaiverState.Expired => $"it expired at {Instant(waiver.Expires)}",
            WaiverState.NotYetValid => $"it was created at {Instant(waiver.Created)}, after {Instant(waivers.DecidedAt)}",
            _ when result.Outcome is Outcome.Pass or Outcome.NotApplicable => $"the control is {OutcomeSpelling.Name(result.Outcome)}",
            _ when result.Outcome is Outcome.Error => "an error is a broken policy, which a waiver cannot accept",
            _ => OutsideScope(result, waiver),
        };
        return new WaiverStatus
        {
            Waiver = waiver,
            State = state,
            Applied = reason is null,
            UnderlyingOutcome = result.Outcome,
            NotAppliedBecause = reason,
        };
    }

    private static string? OutsideScope(ControlRunResult result, Waiver waiver)
    {
        if (waiver.Scope is not { } scope) return null;
        if (result.Findings.Count == 0) return $"its scope '{scope}' covers subjects, and the result names none";
        var outside = result.Findings
            .Select(f => f.Subject)
            .Where(subject => subject is null || !FileSystemName.MatchesSimpleExpression(scope, subject, ignoreCase: true))
            .Select(subject => subject ?? "(no subject)")
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        return outside.Count == 0 ? null : $"findings outside its scope '{scope}': {string.Join(", ", outside)}";
    }

    private static int Rank(WaiverStatus status) => status switch
    {
        { Applied: true } => 0,
        { State: WaiverState.Active or WaiverState.ExpiringSoon } => 1,
        { State: WaiverState.Expired } => 2,
        _ => 3,
    };

    private static string Instant(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
