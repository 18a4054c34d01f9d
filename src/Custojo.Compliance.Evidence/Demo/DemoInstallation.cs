namespace Custojo.Compliance.Evidence.Demo;

/// <summary>The hosts, people and products of the demo installation, sized by the scale.</summary>
public sealed record DemoInstallation
{
    public required IReadOnlyList<string> AppHosts { get; init; }
    public required IReadOnlyList<string> DatabaseHosts { get; init; }
    public required IReadOnlyList<string> Databases { get; init; }
    /// <summary>Administrators (privileged, on call, trained).</summary>
    public required IReadOnlyList<string> Admins { get; init; }
    /// <summary>Ordinary users of Custojo.</summary>
    public required IReadOnlyList<string> Users { get; init; }
    public required string Product { get; init; }

    public IEnumerable<string> AllHosts => AppHosts.Concat(DatabaseHosts);

    public static DemoInstallation ForScale(int scale) => new()
    {
        AppHosts = [.. Enumerable.Range(1, 2 * scale).Select(i => $"app-{i:D2}")],
        DatabaseHosts = ["db-01"],
        Databases = ["custojo"],
        Admins = ["alice.admin", "bob.ops", "carol.sec", "dave.dba"],
        Users = [.. Enumerable.Range(1, 40 * scale).Select(i => $"user{i:D3}")],
        Product = "custojo",
    };
}
