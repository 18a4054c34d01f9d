namespace Custojo.Compliance.Reporting.Verification;

/// <summary>The verdict of one verification check. <see cref="Skipped"/> never fails a verification.</summary>
public enum CheckStatus
{
    Pass,
    Fail,
    Skipped,
}
