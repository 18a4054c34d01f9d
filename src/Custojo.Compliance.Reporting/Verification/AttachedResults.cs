using System.Security.Cryptography;
using System.Text.Json;
using Custojo.Compliance.Reporting.Pdf;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;

namespace Custojo.Compliance.Reporting.Verification;

/// <summary>
/// Reads the results JSON attached to a report and the hash the report prints for it (also stored in
/// the document information), and compares them.
/// </summary>
internal static class AttachedResults
{
    public const string Attached = "results-attached";
    public const string Matches = "results-match-printed-hash";

    public sealed record Outcome(List<VerificationCheck> Checks, string? RunId, string? ChainHead, long? EvidenceCount, byte[]? Results = null);

    public static Outcome Verify(byte[] pdf)
    {
        byte[]? results;
        string? printed;
        string? printedRunId;
        try
        {
            using var document = PdfReader.Open(new MemoryStream(pdf, writable: false), PdfDocumentOpenMode.Import);
            printed = document.Info.Elements.GetString(PdfReportWriter.ResultsHashKey);
            printedRunId = document.Info.Elements.GetString(PdfReportWriter.RunIdKey);
            results = FindAttachment(document, PdfReportWriter.ResultsFileName);
        }
        catch (Exception e) when (e is not (OutOfMemoryException or StackOverflowException))
        {
            // A damaged file can make the PDF parser fail in many ways; each means "cannot be read".
            return Failed($"The PDF structure cannot be read ({e.GetType().Name}): the file is damaged or altered.");
        }
        if (results is null) return Failed($"The report has no attached {PdfReportWriter.ResultsFileName}: it was not produced by custojo report, or the attachment was removed.");

        var checks = new List<VerificationCheck> { new(Attached, CheckStatus.Pass, $"{PdfReportWriter.ResultsFileName} is attached ({results.Length} bytes).") };
        var actual = Convert.ToHexStringLower(SHA256.HashData(results));
        checks.Add(string.IsNullOrEmpty(printed)
            ? new(Matches, CheckStatus.Fail, "The report does not record the hash of its results.")
            : string.Equals(printed, actual, StringComparison.OrdinalIgnoreCase)
                ? new(Matches, CheckStatus.Pass, $"The attached results hash to {actual}, the SHA-256 printed in the report's appendix.")
                : new(Matches, CheckStatus.Fail, $"The attached results hash to {actual} but the report prints {printed}: the results were replaced."));

        try
        {
            using var json = JsonDocument.Parse(results);
            var root = json.RootElement;
            var runId = root.GetProperty("runId").GetString();
            var evidence = root.GetProperty("evidence");
            if (!string.IsNullOrEmpty(printedRunId) && runId != printedRunId)
                checks.Add(new(Matches, CheckStatus.Fail, $"The attached results are of run {runId} but the report is of run {printedRunId}."));
            return new Outcome(checks, runId, evidence.GetProperty("chainHead").GetString(), evidence.GetProperty("recordCount").GetInt64(), results);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            checks.Add(new(Attached, CheckStatus.Fail, $"The attached results are not a Custojo run results document: {e.Message}"));
            return new Outcome(checks, null, null, null);
        }
    }

    private static Outcome Failed(string detail) =>
        new([new(Attached, CheckStatus.Fail, detail), new(Matches, CheckStatus.Skipped, "Not checked: no attached results.")], null, null, null);

    private static byte[]? FindAttachment(PdfDocument document, string name)
    {
        var names = document.Internals.Catalog.Elements.GetDictionary("/Names")?.Elements.GetDictionary("/EmbeddedFiles");
        return names is null ? null : Search(names, name, depth: 0);
    }

    private static byte[]? Search(PdfDictionary node, string name, int depth)
    {
        if (depth > 16) return null;
        if (node.Elements.GetArray("/Names") is { } pairs)
        {
            for (var i = 0; i + 1 < pairs.Elements.Count; i += 2)
            {
                if (pairs.Elements.GetString(i) != name) continue;
                var stream = pairs.Elements.GetDictionary(i + 1)?.Elements.GetDictionary("/EF")?.Elements.GetDictionary("/F")?.Stream;
                if (stream is not null) return stream.UnfilteredValue;
            }
        }
        if (node.Elements.GetArray("/Kids") is { } kids)
        {
            for (var i = 0; i < kids.Elements.Count; i++)
                if (kids.Elements.GetDictionary(i) is { } kid && Search(kid, name, depth + 1) is { } found) return found;
        }
        return null;
    }
}
