namespace Custojo.Compliance.Sdk.Controls;

/// <summary>A control's mapping to a clause of an outside framework.</summary>
public sealed record FrameworkMapping(string Framework, string Reference);
