namespace Custojo.Compliance.Sdk.Controls;

/// <summary>Names of the frameworks a control can be mapped to.</summary>
public static class Frameworks
{
    public const string Soc2 = "SOC 2 (TSC 2017)";
    public const string Iso27001 = "ISO/IEC 27001:2022";
    public const string Nist80053 = "NIST SP 800-53 rev. 5";
    public const string Cis = "CIS Controls v8";
}
