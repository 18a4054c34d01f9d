using System.Security.Cryptography;
using Custojo.Compliance.Reporting.Fonts;
using Custojo.Compliance.Reporting.Json;
using Custojo.Compliance.Reporting.Model;
using Custojo.Compliance.Reporting.Pdf.Layout;
using Custojo.Compliance.Reporting.Pdf.Sections;
using Custojo.Compliance.Reporting.Signing;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Signatures;

namespace Custojo.Compliance.Reporting.Pdf;

/// <summary>
/// Renders the PDF report: cover, executive summary, results by section, controls that need
/// attention, traceability, scope and method, appendix; attaches the run JSON and records its
/// SHA-256 in the appendix and in the document information (<see cref="ResultsHashKey"/>); signs it
/// (detached CMS, SHA-256, every attribute signed: see <see cref="CmsReportSigner"/>).
/// </summary>
internal static class PdfReportWriter
{
    public const string ResultsFileName = "custojo-results.json";
    public const string ResultsHashKey = "/CustojoResultsSha256";
    public const string RunIdKey = "/CustojoRunId";

    public static byte[] Render(ReportModel model, DateTimeOffset generatedAt, ReportSigner? signer) =>
        Render(model, RunJsonWriter.Write(model), generatedAt, signer);

    /// <summary>Renders with <paramref name="results"/>, the run JSON already written for the same model.</summary>
    public static byte[] Render(ReportModel model, byte[] results, DateTimeOffset generatedAt, ReportSigner? signer)
    {
        ReportFonts.Install();
        var resultsSha256 = Convert.ToHexStringLower(SHA256.HashData(results));
        var context = new PdfContext(generatedAt, signer?.Name, signer?.Thumbprint, ResultsFileName, resultsSha256, results.Length);

        using var document = new PdfDocument();
        Describe(document, model, generatedAt, resultsSha256);
        using (var flow = new PdfFlow(document))
        {
            CoverPage.Render(flow, model, context);
            ExecutiveSummary.Render(flow, model);
            ResultsBySection.Render(flow, model);
            ControlDetails.Render(flow, model);
            WaiverSection.Render(flow, model);
            TraceabilityMatrix.Render(flow, model);
            ScopeAndMethod.Render(flow, model, context);
            Appendix.Render(flow, model, context);
        }
        PageDecorations.Draw(document, model);
        document.AddEmbeddedFile(ResultsFileName, new MemoryStream(results, writable: false));
        CompressAttachments(document);
        var seed = $"{model.Run.RunId}|{ReportTime.Utc(generatedAt)}|{resultsSha256}";
        PdfDeterminism.Apply(document, seed, generatedAt);
        if (signer is not null) AttachSignature(document, model, generatedAt, signer);

        using var output = new StableXmpStream(seed);
        try
        {
            document.Save(output, closeStream: false);
        }
        catch (Exception e) when (signer is not null && e is CryptographicException or InvalidOperationException or NotSupportedException)
        {
            throw ReportSigningException.SigningFailed(signer.Subject, e);
        }
        return output.ToStableArray();
    }

    private static void Describe(PdfDocument document, ReportModel model, DateTimeOffset generatedAt, string resultsSha256)
    {
        var run = model.Run;
        document.Info.Title = $"Compliance report — {run.Organisation}, {run.Installation}";
        document.Info.Author = run.Organisation;
        document.Info.Subject = $"System Maintenance Guide, audit period {ReportTime.Utc(run.From)} to {ReportTime.Utc(run.To)}";
        document.Info.Keywords = $"custojo compliance {run.RunId}";
        document.Info.Creator = $"Custojo Compliance {run.EngineVersion}";
        document.Info.CreationDate = generatedAt.UtcDateTime;
        document.Info.ModificationDate = generatedAt.UtcDateTime;
        document.Info.Elements.SetString(ResultsHashKey, resultsSha256);
        document.Info.Elements.SetString(RunIdKey, run.RunId);
        document.PageLayout = PdfPageLayout.SinglePage;
        document.PageMode = PdfPageMode.UseOutlines;
    }

    /// <summary>PDFsharp stores attachments raw; the results JSON compresses about tenfold.</summary>
    private static void CompressAttachments(PdfDocument document)
    {
        foreach (var item in document.Internals.GetAllObjects())
        {
            if (item is PdfDictionary { Stream: { } stream } dictionary && dictionary.Elements.GetName("/Type") == "/EmbeddedFile" && !stream.IsFiltered())
                stream.Zip();
        }
    }

    private static void AttachSignature(PdfDocument document, ReportModel model, DateTimeOffset generatedAt, ReportSigner signer)
    {
        var block = PdfContext.SignatureBlock;
        var options = new DigitalSignatureOptions
        {
            ContactInfo = model.Run.Organisation,
            Location = model.Run.Installation,
            Reason = $"Compliance report for run {model.Run.RunId}",
            AppName = "Custojo Compliance",
            PageIndex = 0,
            // The widget rectangle is in PDF user space: origin at the bottom-left of the page.
            Rectangle = new XRect(block.X, Theme.PageHeight - block.Y - block.Height, block.Width, block.Height),
            AppearanceHandler = new SignatureAppearance(signer.Name, signer.Thumbprint, model.Local(generatedAt)),
        };
        DigitalSignatureHandler.ForDocument(document, new CmsReportSigner(signer.Certificate, generatedAt), options);
    }
}
