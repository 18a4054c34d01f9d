using PdfSharp.Drawing;

namespace Custojo.Compliance.Reporting.Pdf.Layout;

/// <summary>A table cell: its text and optional font and colour (e.g. an outcome in its colour).</summary>
internal sealed record TableCell(string Text, XFont? Font = null, XColor? Color = null)
{
    public static implicit operator TableCell(string text) => new(text);
}
