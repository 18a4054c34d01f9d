namespace Custojo.Compliance.Reporting.Verification;

/// <summary>One check of <see cref="ReportVerifier"/>: a stable name (e.g. <c>signature-valid</c>), its status and what was found.</summary>
public sealed record VerificationCheck(string Name, CheckStatus Status, string Detail);
