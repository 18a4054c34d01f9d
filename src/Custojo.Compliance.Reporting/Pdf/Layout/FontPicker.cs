using System.Collections.Concurrent;
using Custojo.Compliance.Reporting.Fonts;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Custojo.Compliance.Reporting.Pdf.Layout;

/// <summary>
/// Chooses, per string, between the Unicode (CID) form of a font and its WinAnsi form. PDFsharp draws
/// WinAnsi text about three times faster, and most report text is WinAnsi; text outside it (non-Latin
/// names, symbols) keeps the Unicode form so nothing is lost. Both forms have the same metrics.
/// </summary>
internal static class FontPicker
{
    private static readonly XPdfFontOptions Ansi = new(PdfFontEncoding.WinAnsi);
    private static readonly ConcurrentDictionary<XFont, XFont> AnsiTwins = new();

    /// <summary>The characters 0x80–0x9F of Windows-1252 that WinAnsiEncoding maps to Unicode.</summary>
    private const string AnsiExtras = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";

    public static XFont For(XFont font, string text) => IsWinAnsi(text) ? AnsiTwins.GetOrAdd(font, Twin) : font;

    internal static bool IsWinAnsi(string text)
    {
        foreach (var c in text)
        {
            if (c < 0x80 || (c >= 0xA0 && c <= 0xFF)) continue;
            if (!AnsiExtras.Contains(c, StringComparison.Ordinal)) return false;
        }
        return true;
    }

    private static XFont Twin(XFont font) =>
        new(ReportFonts.Family, font.Size, font.Bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, Ansi);
}
