namespace Custojo.Compliance.Engine.Workspace;

public sealed record WaiverConfig
{
    public int MaxDurationDays { get; init; } = 365;
    public int WarnWithinDays { get; init; } = 14;
}
