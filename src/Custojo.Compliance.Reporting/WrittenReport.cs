namespace Custojo.Compliance.Reporting;

/// <summary>A report file written by <see cref="ReportRenderer"/>: its format, full path, size and SHA-256 (hex).</summary>
public sealed record WrittenReport(ReportFormat Format, string Path, long Length, string Sha256);
