namespace Custojo.Compliance.Reporting;

/// <summary>An output of <c>custojo report</c>. Names on the command line: pdf, json, junit, sarif, md, csv, oscal.</summary>
public enum ReportFormat
{
    Pdf,
    Json,
    JUnit,
    Sarif,
    Markdown,
    Csv,
    Oscal,
}
