namespace Custojo.Compliance.Evidence.Demo;

/// <summary>A violation the demo history contains on purpose, and the control that must find it.</summary>
/// <param name="ControlId">The control that must fail (or be no-evidence) because of it.</param>
/// <param name="Description">What was planted, for the README and the demo summary.</param>
public sealed record PlantedViolation(string ControlId, string Description);
