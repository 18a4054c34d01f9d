namespace Custojo.Compliance.Evidence.Importers.Apt;

/// <summary>A dpkg install or upgrade seen in the log, waiting for its package to reach status <c>installed</c>.</summary>
internal sealed class DpkgPending(PackageChange change, int line)
{
    public PackageChange Change { get; } = change;

    public int Line { get; } = line;

    /// <summary>The last status dpkg logged for the package (e.g. <c>half-configured</c>) and when.</summary>
    public string LastStatus { get; set; } = "not yet unpacked";

    public DateTimeOffset LastStatusAt { get; set; }

    public int LastStatusLine { get; set; }
}
