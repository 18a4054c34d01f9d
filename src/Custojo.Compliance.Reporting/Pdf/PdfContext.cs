using PdfSharp.Drawing;

namespace Custojo.Compliance.Reporting.Pdf;

/// <summary>
/// What the PDF shows besides the run: when it was generated, who signs it, the embedded results'
/// file name and hash, and where the cover's signature block sits (page coordinates, top-left origin).
/// </summary>
internal sealed record PdfContext(
    DateTimeOffset GeneratedAt,
    string? Signer,
    string? SignerThumbprint,
    string ResultsFileName,
    string ResultsSha256,
    long ResultsLength)
{
    public static XRect SignatureBlock { get; } = new(Theme.MarginLeft, 660, Theme.ContentWidth, 84);
}
