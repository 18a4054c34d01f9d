namespace Custojo.Compliance.Sdk.Controls;

/// <summary>A tunable of a control with its typed default. Overridable per workspace.</summary>
public sealed record ParameterDefinition(string Name, Type Type, object DefaultValue, string Description);
