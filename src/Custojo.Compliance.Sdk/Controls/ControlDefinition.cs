using Custojo.Compliance.Sdk.Results;

namespace Custojo.Compliance.Sdk.Controls;

/// <summary>A declared control: its metadata and its check. Produced by <see cref="ControlBuilder"/>.</summary>
public sealed record ControlDefinition
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public string Description { get; init; } = "";
    public Severity Severity { get; init; } = Severity.Medium;
    public IReadOnlyList<string> Requirements { get; init; } = [];
    public IReadOnlyList<FrameworkMapping> Frameworks { get; init; } = [];
    public string Remediation { get; init; } = "";
    public IReadOnlyList<string> Tags { get; init; } = [];
    public IReadOnlyList<ParameterDefinition> Parameters { get; init; } = [];
    public Func<CheckContext, ControlResult>? Check { get; init; }
}
