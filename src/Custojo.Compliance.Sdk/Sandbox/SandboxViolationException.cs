namespace Custojo.Compliance.Sdk.Sandbox;

/// <summary>Thrown into a policy when it exceeds a sandbox budget. The engine turns it into an <c>error</c> result.</summary>
public sealed class SandboxViolationException(string message) : Exception(message);
