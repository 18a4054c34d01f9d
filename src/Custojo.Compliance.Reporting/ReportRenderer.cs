using System.Security.Cryptography;
using Custojo.Compliance.Reporting.Json;
using Custojo.Compliance.Reporting.Model;
using Custojo.Compliance.Reporting.Output;
using Custojo.Compliance.Reporting.Pdf;
using Custojo.Compliance.Reporting.Signing;

namespace Custojo.Compliance.Reporting;

/// <summary>
/// Renders a run to report files (<c>custojo report</c>). Everything is rendered in memory first and
/// each file is then written through a temp file and a rename: a failure (bad input, signing error)
/// leaves no partial file. The PDF is signed unless <see cref="RenderUnsigned"/> is called explicitly.
/// </summary>
public sealed class ReportRenderer(TimeProvider time)
{
    /// <summary>Renders <paramref name="formats"/> into <paramref name="directory"/>, the PDF signed by <paramref name="signer"/>.</summary>
    /// <exception cref="ReportInputException">The run cannot be rendered.</exception>
    /// <exception cref="ReportSigningException">The PDF cannot be signed with this signer.</exception>
    public IReadOnlyList<WrittenReport> Render(ReportInput input, string directory, IEnumerable<ReportFormat> formats, ReportSigner signer)
    {
        ArgumentNullException.ThrowIfNull(signer);
        return RenderAll(input, directory, formats, signer);
    }

    /// <summary>As <see cref="Render"/> but the PDF is not signed (the CLI's explicit <c>--unsigned</c>); its cover says so.</summary>
    public IReadOnlyList<WrittenReport> RenderUnsigned(ReportInput input, string directory, IEnumerable<ReportFormat> formats) =>
        RenderAll(input, directory, formats, signer: null);

    /// <summary>The PDF alone, in memory (signed when <paramref name="signer"/> is given).</summary>
    public byte[] RenderPdf(ReportInput input, ReportSigner? signer) =>
        PdfReportWriter.Render(ReportModel.Build(input), time.GetUtcNow(), signer);

    private IReadOnlyList<WrittenReport> RenderAll(ReportInput input, string directory, IEnumerable<ReportFormat> formats, ReportSigner? signer)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(formats);
        var model = ReportModel.Build(input);
        var wanted = formats.Distinct().Order().ToList();
        var json = RunJsonWriter.Write(model);

        // The PDF (the long pole) renders on this thread while the other formats render beside it.
        var others = Task.Run(() => wanted.Where(f => f is not (ReportFormat.Pdf or ReportFormat.Json))
            .Select(f => (Format: f, Content: Write(f, model))).ToList());
        byte[]? pdf = null;
        try
        {
            if (wanted.Contains(ReportFormat.Pdf)) pdf = PdfReportWriter.Render(model, json, time.GetUtcNow(), signer);
        }
        finally
        {
            others.Wait();
        }
        var rendered = others.Result;
        if (pdf is not null) rendered.Add((ReportFormat.Pdf, pdf));
        if (wanted.Contains(ReportFormat.Json)) rendered.Add((ReportFormat.Json, json));
        rendered.Sort((a, b) => a.Format.CompareTo(b.Format));

        Directory.CreateDirectory(directory);
        var written = new List<WrittenReport>(rendered.Count);
        foreach (var (format, content) in rendered)
        {
            var path = Path.GetFullPath(Path.Combine(directory, ReportFormats.FileName(format, input.Run.RunId)));
            AtomicFile.Write(path, content);
            written.Add(new WrittenReport(format, path, content.Length, Convert.ToHexStringLower(SHA256.HashData(content))));
        }
        return written;
    }

    private static byte[] Write(ReportFormat format, ReportModel model)
    {
        using var buffer = new MemoryStream();
        ReportFormats.Write(format, model, buffer);
        return buffer.ToArray();
    }
}
