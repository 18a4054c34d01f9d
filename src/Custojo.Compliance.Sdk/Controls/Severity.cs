namespace Custojo.Compliance.Sdk.Controls;

/// <summary>How much a failing control matters. Ordered from least to most severe.</summary>
public enum Severity
{
    Info = 0,
    Low = 1,
    Medium = 2,
    High = 3,
    Critical = 4,
}
