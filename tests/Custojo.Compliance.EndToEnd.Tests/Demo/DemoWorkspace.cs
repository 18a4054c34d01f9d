using Custojo.Compliance.EndToEnd.Tests.Support;

namespace Custojo.Compliance.EndToEnd.Tests.Demo;

/// <summary>One demo run shared by the demo tests: 90 days ending 2026-11-24, seed 42, the clock pinned to that day.</summary>
public sealed class DemoWorkspace : IDisposable
{
    public static readonly IReadOnlyDictionary<string, string> Now = new Dictionary<string, string> { ["CUSTOJO_NOW"] = "2026-11-24T10:00:00+01:00" };
    public static readonly string[] Planted = ["BKP-DB-03", "BKP-RST-01", "SEC-ACC-01", "SEC-AUTH-01", "SEC-PATCH-01", "UPD-TEST-01"];

    private readonly TempDirectory _temp = new();

    public DemoWorkspace()
    {
        Root = Path.Combine(_temp.Path, "demo");
        Result = CustojoCli.Run(_temp.Path, Now, "demo", "--dir", Root);
        var reports = Path.Combine(Root, "reports");
        Pdf = Directory.Exists(reports) ? Directory.GetFiles(reports, "*.pdf").SingleOrDefault() ?? "" : "";
        TrustPem = Path.Combine(Root, ".custojo", "custojo-demo-signer.pem");
    }

    public string Root { get; }
    internal CliResult Result { get; }
    public string Pdf { get; }
    public string TrustPem { get; }

    public void Dispose() => _temp.Dispose();
}
