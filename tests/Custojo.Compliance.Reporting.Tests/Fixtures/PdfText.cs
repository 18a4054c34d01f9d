using UglyToad.PdfPig;

namespace Custojo.Compliance.Reporting.Tests.Fixtures;

/// <summary>Reads a PDF back with PdfPig: page texts and attachments.</summary>
internal static class PdfText
{
    public static IReadOnlyList<string> Pages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text)))];
    }

    public static string All(byte[] pdf) => string.Join("\n", Pages(pdf));

    public static IReadOnlyDictionary<string, byte[]> Attachments(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.Advanced.TryGetEmbeddedFiles(out var files)
            ? files.ToDictionary(f => f.Name, f => f.Bytes.ToArray())
            : new Dictionary<string, byte[]>();
    }
}
