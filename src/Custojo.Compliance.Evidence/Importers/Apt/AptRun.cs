namespace Custojo.Compliance.Evidence.Importers.Apt;

/// <summary>One apt run of history.log: from its Start-Date line to the empty line after it.</summary>
internal sealed class AptRun(int firstLine, DateTimeOffset startedAt)
{
    public int FirstLine { get; } = firstLine;

    public int LastLine { get; set; } = firstLine;

    public DateTimeOffset StartedAt { get; } = startedAt;

    public DateTimeOffset? EndedAt { get; set; }

    public List<string> Errors { get; } = [];

    public List<PackageChange> Changes { get; } = [];
}
