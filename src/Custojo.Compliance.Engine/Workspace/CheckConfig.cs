namespace Custojo.Compliance.Engine.Workspace;

public sealed record CheckConfig
{
    public double ControlTimeoutSeconds { get; init; } = 10;
    public int MaxAllocationMegabytes { get; init; } = 4096;
    public string FailOn { get; init; } = "low";
    public int Parallelism { get; init; }
}
