using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Custojo.Compliance.Reporting.Tests.Fixtures;

namespace Custojo.Compliance.Reporting.Tests.Pdf;

public sealed partial class PdfReportTests
{
    [Fact]
    public void Pdf_text_shows_every_control_and_the_planted_failures()
    {
        var text = PdfText.All(Reports.Signed);

        foreach (var control in SampleRuns.Demo().Results) Assert.Contains(control.ControlId, text, StringComparison.Ordinal);
        Assert.Contains("Transaction log backup gap of 3 h 30 min", text, StringComparison.Ordinal);
        Assert.Contains("No restore-test record in the audit period", text, StringComparison.Ordinal);
        Assert.Contains("2 gaps between transaction log backups exceed 30 min (longest 3 h 30 min).", text, StringComparison.Ordinal);
        Assert.Contains("2026-08-10 03:00 +02:00", text, StringComparison.Ordinal); // finding start in Europe/Berlin
        Assert.Contains("33.3 %", text, StringComparison.Ordinal);
        Assert.Contains(SampleRuns.Sha("chain-head"), text, StringComparison.Ordinal);
    }

    [Fact]
    public void Cover_names_organisation_period_zone_generation_time_run_and_signer()
    {
        var cover = PdfText.Pages(Reports.Signed)[0];

        Assert.Contains("Custojo Demo GmbH", cover, StringComparison.Ordinal);
        Assert.Contains("custojo-prod (Frankfurt)", cover, StringComparison.Ordinal);
        Assert.Contains("2026-07-01 02:00 +02:00 to 2026-10-01 02:00 +02:00", cover, StringComparison.Ordinal);
        Assert.Contains("Europe/Berlin", cover, StringComparison.Ordinal);
        Assert.Contains("2026-10-02 10:30 +02:00", cover, StringComparison.Ordinal);
        Assert.Contains("run-2026-q3", cover, StringComparison.Ordinal);
        Assert.Contains("Custojo demo — not for production", cover, StringComparison.Ordinal);
    }

    [Fact]
    public void Results_json_is_attached_and_its_sha256_is_printed_in_the_appendix()
    {
        var attachments = PdfText.Attachments(Reports.Signed);

        var results = Assert.Single(attachments, a => a.Key == "custojo-results.json").Value;
        Assert.Equal(Render.Bytes(ReportFormat.Json, SampleRuns.Input()), results);
        var hash = Convert.ToHexStringLower(SHA256.HashData(results));
        Assert.Contains(hash, PdfText.Pages(Reports.Signed)[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Every_page_has_page_x_of_y_and_later_pages_a_running_header()
    {
        var pages = PdfText.Pages(Reports.Signed);

        for (var i = 0; i < pages.Count; i++) Assert.Contains($"Page {i + 1} of {pages.Count}", pages[i], StringComparison.Ordinal);
        Assert.All(pages.Skip(1), p => Assert.Contains("Run run-2026-q3", p, StringComparison.Ordinal));
    }

    [Fact]
    public void Traceability_and_scope_sections_are_present()
    {
        var text = PdfText.All(Reports.Signed);

        Assert.Contains("Traceability matrix", text, StringComparison.Ordinal);
        Assert.Contains("Transaction log backups every 30 minutes", text, StringComparison.Ordinal);
        Assert.Contains("Scope and method", text, StringComparison.Ordinal);
        Assert.Contains("maxGap", text, StringComparison.Ordinal);
        Assert.Contains("Appendix", text, StringComparison.Ordinal);
        Assert.Contains(SampleRuns.Sha("backup/database-backups.csx"), text, StringComparison.Ordinal);
    }

    [Fact]
    public void Long_tables_continue_on_the_next_page_with_their_header_repeated()
    {
        var pdf = new ReportRenderer(Reports.Clock()).RenderPdf(new ReportInput { Run = LargeRuns.Create(30, 400) }, signer: null);

        var pagesWithEvidenceHeader = PdfText.Pages(pdf).Count(p => p.Contains("Record id (SHA-256 of content)", StringComparison.Ordinal));

        Assert.True(pagesWithEvidenceHeader > 10, $"the evidence table header appears on {pagesWithEvidenceHeader} pages");
    }

    [Fact]
    public void Unsigned_pdf_says_so_on_its_cover()
    {
        var cover = PdfText.Pages(Reports.Unsigned)[0];

        Assert.Contains("UNSIGNED", cover, StringComparison.Ordinal);
        Assert.Contains("Not signed", cover, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_outside_winansi_is_kept()
    {
        var run = SampleRuns.Run("r-unicode", [SampleRuns.Control("U-1", "Konto für Ωmega ✓", "low", "S", ["R"], Sdk.Results.Outcome.Fail, "Пользователь ivan без MFA")]);

        var text = PdfText.All(new ReportRenderer(Reports.Clock()).RenderPdf(new ReportInput { Run = run }, signer: null));

        Assert.Contains("Ωmega", text, StringComparison.Ordinal);
        Assert.Contains("Пользователь", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Same_run_and_clock_give_the_same_unsigned_pdf_byte_for_byte()
    {
        var first = new ReportRenderer(Reports.Clock()).RenderPdf(SampleRuns.Input(), signer: null);
        var second = new ReportRenderer(Reports.Clock()).RenderPdf(SampleRuns.Input(), signer: null);

        Assert.Equal(first, second);
    }

    [Fact]
    public void The_xmp_ids_are_derived_from_the_report_not_drawn_at_random()
    {
        var ids = XmpId().Matches(Encoding.Latin1.GetString(Reports.Unsigned)).Select(m => m.Value).ToList();
        var otherRun = SampleRuns.Input(SampleRuns.Demo() with { RunId = "run-0000000000000002" });
        var otherIds = XmpId().Matches(Encoding.Latin1.GetString(new ReportRenderer(Reports.Clock()).RenderPdf(otherRun, signer: null))).Select(m => m.Value).ToList();

        Assert.Equal(2, ids.Count);
        Assert.NotEqual(ids[0], ids[1]);
        Assert.Equal(2, otherIds.Count);
        Assert.Empty(ids.Intersect(otherIds));
    }

    [Fact]
    public void Two_signed_renders_of_the_same_run_differ_only_in_the_signature_and_its_time()
    {
        using var signer = Reporting.Signing.ReportSigner.FromPfx(Reports.Signer.PfxPath, Reports.Password);
        var first = new ReportRenderer(Reports.Clock()).RenderPdf(SampleRuns.Input(), signer);
        var second = new ReportRenderer(Reports.Clock()).RenderPdf(SampleRuns.Input(), signer);

        Assert.Equal(first.Length, second.Length);
        Assert.Equal(WithoutSignature(first), WithoutSignature(second));
        Assert.Equal(XmpId().Matches(Encoding.Latin1.GetString(Reports.Unsigned)).Select(m => m.Value), XmpId().Matches(Encoding.Latin1.GetString(first)).Select(m => m.Value));
    }

    [Fact]
    public void Fonts_are_embedded_subsets_of_the_bundled_font()
    {
        var raw = Encoding.Latin1.GetString(Reports.Unsigned);

        var fonts = FontName().Matches(raw).Select(m => m.Groups[1].Value).Distinct().ToList();

        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.Matches("^[A-Z]{6}\\+Liberation#20Sans", f));
        Assert.Contains("/FontFile2", raw, StringComparison.Ordinal);
    }

    [Fact]
    public void Large_report_pdf_stays_under_5_mb()
    {
        var pdf = new ReportRenderer(Reports.Clock()).RenderPdf(new ReportInput { Run = LargeRuns.Create(500, 5000), Requirements = SampleRuns.Requirements }, signer: null);

        Assert.True(pdf.Length < 5 * 1024 * 1024, $"the PDF has {pdf.Length} bytes");
    }

    private static string WithoutSignature(byte[] pdf) =>
        SigningTime().Replace(SignatureContents().Replace(Encoding.Latin1.GetString(pdf), "/Contents <>"), "/M (D:)");

    [GeneratedRegex("/Contents\\s*<[0-9A-Fa-f]+>")]
    private static partial Regex SignatureContents();

    [GeneratedRegex("/M\\s*\\(D:[^)]*\\)")]
    private static partial Regex SigningTime();

    [GeneratedRegex("uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex XmpId();

    [GeneratedRegex("/BaseFont/([^/\\s>]+)")]
    private static partial Regex FontName();
}
