using Custojo.Compliance.Reporting.Fonts;
using Custojo.Compliance.Sdk.Results;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Custojo.Compliance.Reporting.Pdf;

/// <summary>Fonts, colours and page geometry of the PDF report (A4 portrait, points).</summary>
internal static class Theme
{
    public const double PageWidth = 595.28;
    public const double PageHeight = 841.89;
    public const double MarginLeft = 56;
    public const double MarginRight = 56;
    public const double MarginTop = 70;
    public const double MarginBottom = 64;
    public const double ContentWidth = PageWidth - MarginLeft - MarginRight;
    public const double ContentBottom = PageHeight - MarginBottom;

    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);

    public static XFont Body { get; } = Font(9);
    public static XFont BodyBold { get; } = Font(9, bold: true);
    public static XFont Small { get; } = Font(7.5);
    public static XFont SmallBold { get; } = Font(7.5, bold: true);
    public static XFont Tiny { get; } = Font(6.5);
    public static XFont H1 { get; } = Font(16, bold: true);
    public static XFont H2 { get; } = Font(11.5, bold: true);
    public static XFont H3 { get; } = Font(10, bold: true);
    public static XFont Title { get; } = Font(24, bold: true);
    public static XFont Subtitle { get; } = Font(14);
    public static XFont Score { get; } = Font(30, bold: true);

    public static XColor Ink { get; } = XColor.FromArgb(33, 33, 33);
    public static XColor Muted { get; } = XColor.FromArgb(110, 110, 110);
    public static XColor Rule { get; } = XColor.FromArgb(200, 200, 200);
    public static XColor HeaderFill { get; } = XColor.FromArgb(232, 236, 241);
    public static XColor ZebraFill { get; } = XColor.FromArgb(248, 249, 251);
    public static XColor Accent { get; } = XColor.FromArgb(21, 67, 96);

    public static XColor OutcomeColor(Outcome outcome) => outcome switch
    {
        Outcome.Pass => XColor.FromArgb(46, 125, 50),
        Outcome.Fail => XColor.FromArgb(198, 40, 40),
        Outcome.Error => XColor.FromArgb(106, 27, 154),
        Outcome.NoEvidence => XColor.FromArgb(230, 81, 0),
        Outcome.Waived => XColor.FromArgb(21, 101, 192),
        Outcome.NotApplicable => XColor.FromArgb(140, 140, 140),
        _ => Ink,
    };

    private static XFont Font(double size, bool bold = false) =>
        new(ReportFonts.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, Unicode);
}
