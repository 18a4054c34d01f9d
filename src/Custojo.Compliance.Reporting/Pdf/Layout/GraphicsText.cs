using PdfSharp.Drawing;

namespace Custojo.Compliance.Reporting.Pdf.Layout;

/// <summary>Draws text with the fastest form of the font that can show it (see <see cref="FontPicker"/>).</summary>
internal static class GraphicsText
{
    public static void DrawText(this XGraphics gfx, string text, XFont font, XBrush brush, double x, double y, XStringFormat format) =>
        gfx.DrawString(text, FontPicker.For(font, text), brush, x, y, format);

    public static void DrawText(this XGraphics gfx, string text, XFont font, XBrush brush, XRect layout, XStringFormat format) =>
        gfx.DrawString(text, FontPicker.For(font, text), brush, layout, format);
}
