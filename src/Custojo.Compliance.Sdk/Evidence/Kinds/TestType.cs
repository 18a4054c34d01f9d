namespace Custojo.Compliance.Sdk.Evidence;

/// <summary>What a test run tested.</summary>
public enum TestType
{
    Automated,
    Regression,
    Integration,
    Compatibility,
    Smoke,
}
