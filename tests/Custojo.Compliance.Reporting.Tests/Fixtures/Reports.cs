using Custojo.Compliance.Reporting.Signing;
using Microsoft.Extensions.Time.Testing;

namespace Custojo.Compliance.Reporting.Tests.Fixtures;

/// <summary>
/// Reports rendered once per test run and shared: a demo signer (RSA 3072 generation is slow),
/// the demo report signed and unsigned, all at a fixed clock.
/// </summary>
internal static class Reports
{
    public const string Password = "test-only-password-7f3a";
    public static readonly DateTimeOffset GeneratedAt = new(2026, 10, 2, 8, 30, 0, TimeSpan.Zero);

    private static readonly Lazy<DemoCertificateFiles> LazySigner = new(() =>
        DemoCertificate.Write(Path.Combine(Path.GetTempPath(), "custojo-reporting-tests", Guid.NewGuid().ToString("N")), "Custojo Demo GmbH", Password, Clock()));
    private static readonly Lazy<byte[]> LazySigned = new(() =>
    {
        using var signer = ReportSigner.FromPfx(Signer.PfxPath, Password);
        return new ReportRenderer(Clock()).RenderPdf(SampleRuns.Input(), signer);
    });
    private static readonly Lazy<byte[]> LazyUnsigned = new(() => new ReportRenderer(Clock()).RenderPdf(SampleRuns.Input(), signer: null));

    public static DemoCertificateFiles Signer => LazySigner.Value;

    public static byte[] Signed => LazySigned.Value;

    public static byte[] Unsigned => LazyUnsigned.Value;

    public static FakeTimeProvider Clock() => new(GeneratedAt);

    /// <summary>A fresh empty folder under the temp directory.</summary>
    public static string TempFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "custojo-reporting-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }
}
