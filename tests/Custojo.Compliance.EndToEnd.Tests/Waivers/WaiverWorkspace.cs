using Custojo.Compliance.EndToEnd.Tests.Support;

namespace Custojo.Compliance.EndToEnd.Tests.Waivers;

/// <summary>
/// A 30-day demo workspace shared by the waiver tests, the clock pinned to its last day. Its history holds
/// the planted 47-minute gap, so <c>check --controls BKP-DB-03</c> fails there unless a waiver applies.
/// Each test writes its own waivers file and passes it with <c>--waivers</c>.
/// </summary>
public sealed class WaiverWorkspace : IDisposable
{
    public static readonly IReadOnlyDictionary<string, string> Now = new Dictionary<string, string> { ["CUSTOJO_NOW"] = "2026-11-24T10:00:00+01:00" };

    private readonly TempDirectory _temp = new();

    public WaiverWorkspace()
    {
        Root = Path.Combine(_temp.Path, "demo");
        Result = CustojoCli.Run(_temp.Path, Now, "demo", "--dir", Root, "--days", "30");
    }

    public string Root { get; }
    internal CliResult Result { get; }

    internal CliResult Run(params string[] args) => CustojoCli.Run(Root, Now, args);

    /// <summary>A waivers file of this test's own, with the given waiver objects.</summary>
    public string WaiversFile(string name, params string[] waivers)
    {
        var path = Path.Combine(Root, name);
        File.WriteAllText(path, $$"""{ "$schema": "./.custojo/waivers.schema.json", "waivers": [ {{string.Join(",\n", waivers)}} ] }""" + "\n");
        return path;
    }

    public void Dispose() => _temp.Dispose();
}
