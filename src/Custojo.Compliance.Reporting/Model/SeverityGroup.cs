namespace Custojo.Compliance.Reporting.Model;

/// <summary>The counts of the controls of one severity.</summary>
internal sealed record SeverityGroup(string Severity, OutcomeCounts Counts);
