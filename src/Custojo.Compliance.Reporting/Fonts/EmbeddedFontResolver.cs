using PdfSharp.Fonts;

namespace Custojo.Compliance.Reporting.Fonts;

/// <summary>
/// Serves the report font (Liberation Sans Regular and Bold, SIL OFL 1.1, embedded in this assembly with
/// its licence) to PDFsharp, so rendering never needs a system font. Every family resolves to it;
/// italic is simulated.
/// </summary>
internal sealed class EmbeddedFontResolver : IFontResolver
{
    private const string Regular = "LiberationSans-Regular";
    private const string Bold = "LiberationSans-Bold";

    private static readonly Lazy<byte[]> RegularBytes = new(() => Read(Regular));
    private static readonly Lazy<byte[]> BoldBytes = new(() => Read(Bold));

    public FontResolverInfo ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
        new(isBold ? Bold : Regular, mustSimulateBold: false, mustSimulateItalic: isItalic);

    public byte[] GetFont(string faceName) => faceName switch
    {
        Regular => RegularBytes.Value,
        Bold => BoldBytes.Value,
        _ => throw new ArgumentException($"The report font has no face '{faceName}'.", nameof(faceName)),
    };

    private static byte[] Read(string face)
    {
        var name = $"Custojo.Compliance.Reporting.Fonts.{face}.ttf";
        using var stream = typeof(EmbeddedFontResolver).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded font {name} is missing; rebuild the Reporting project.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
