using PdfSharp.Fonts;

namespace Custojo.Compliance.Reporting.Fonts;

/// <summary>Installs the embedded font resolver into PDFsharp's process-wide settings, once.</summary>
internal static class ReportFonts
{
    /// <summary>The family name the report asks for; the resolver serves the embedded font for it.</summary>
    public const string Family = "Custojo Sans";

    private static readonly Lock Gate = new();

    public static void Install()
    {
        lock (Gate)
        {
            switch (GlobalFontSettings.FontResolver)
            {
                case EmbeddedFontResolver:
                    return;
                case null:
                    GlobalFontSettings.FontResolver = new EmbeddedFontResolver();
                    return;
                default:
                    throw new InvalidOperationException(
                        $"PDFsharp already has a font resolver ({GlobalFontSettings.FontResolver.GetType().Name}). The report embeds its own font; do not install another resolver in the same process.");
            }
        }
    }
}
