using Custojo.Compliance.Engine.Runs;

namespace Custojo.Compliance.Reporting.Model;

/// <summary>The controls of one guide section (full section path) and their counts.</summary>
internal sealed record SectionGroup(string Section, IReadOnlyList<ControlRunResult> Controls, OutcomeCounts Counts);
