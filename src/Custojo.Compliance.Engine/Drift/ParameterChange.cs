namespace Custojo.Compliance.Engine.Drift;

/// <summary>A parameter of a control evaluated in both runs whose value differs; null where one run has no such parameter.</summary>
public sealed record ParameterChange(string ControlId, string Name, string? Before, string? After);
