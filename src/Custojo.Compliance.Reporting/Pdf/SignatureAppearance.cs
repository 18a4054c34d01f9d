using Custojo.Compliance.Reporting.Pdf.Layout;
using PdfSharp.Drawing;
using PdfSharp.Pdf.Annotations;

namespace Custojo.Compliance.Reporting.Pdf;

/// <summary>The visible signature block on the cover: who signed, the certificate's hash and how to verify.</summary>
internal sealed class SignatureAppearance(string signer, string thumbprint, string signedAt) : IAnnotationAppearanceHandler
{
    public void DrawAppearance(XGraphics gfx, XRect rect)
    {
        // The appearance is a form whose origin is the widget's corner: draw relative to (0, 0).
        var box = new XRect(0, 0, rect.Width, rect.Height);
        gfx.DrawRectangle(new XPen(Theme.Accent, 1.2), new XSolidBrush(Theme.ZebraFill), box);
        var ink = new XSolidBrush(Theme.Ink);
        gfx.DrawText("Digitally signed by " + signer, Theme.BodyBold, new XSolidBrush(Theme.Accent), 12, 20, XStringFormats.Default);
        gfx.DrawText("Signed at " + signedAt, Theme.Small, ink, 12, 36, XStringFormats.Default);
        gfx.DrawText("Certificate SHA-256 " + thumbprint, Theme.Tiny, ink, 12, 50, XStringFormats.Default);
        gfx.DrawText("The signature covers the whole file, including the attached results. Check it with: custojo verify <file> --trust <certificate>",
            Theme.Tiny, new XSolidBrush(Theme.Muted), 12, 66, XStringFormats.Default);
    }
}
