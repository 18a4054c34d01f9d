using System.Security.Cryptography;
using System.Text;
using PdfSharp.Pdf;

namespace Custojo.Compliance.Reporting.Pdf;

/// <summary>
/// Replaces what PDFsharp would pick at random or from the wall clock: the trailer document ID, the
/// six-letter font subset tags and the attachment's dates (the XMP packet's ids are replaced while saving,
/// by <see cref="StableXmpStream"/>). What remains variable in a signed PDF is the signature and its time.
/// </summary>
internal static class PdfDeterminism
{
    public static void Apply(PdfDocument document, string seed, DateTimeOffset generatedAt)
    {
        var id = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(seed)))[..16];
        document.Internals.FirstDocumentID = id;
        document.Internals.SecondDocumentID = id;

        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in document.Internals.GetAllObjects())
        {
            if (item is not PdfDictionary dictionary) continue;
            foreach (var key in (string[])["/BaseFont", "/FontName"])
            {
                var name = dictionary.Elements.GetName(key);
                if (!IsSubsetName(name)) continue;
                if (!tags.TryGetValue(name, out var stable))
                {
                    stable = "/" + Tag(name[8..], tags.Count) + name[7..];
                    tags.Add(name, stable);
                }
                dictionary.Elements.SetName(key, stable);
            }
            if (dictionary.Elements.GetDictionary("/Params") is { } parameters && dictionary.Elements.GetName("/Type") == "/EmbeddedFile")
            {
                parameters.Elements.SetDateTime("/CreationDate", generatedAt.UtcDateTime);
                parameters.Elements.SetDateTime("/ModDate", generatedAt.UtcDateTime);
            }
        }
    }

    /// <summary>"/ABCDEF+Name": a subset font name as PDFsharp writes it.</summary>
    private static bool IsSubsetName(string name) =>
        name.Length > 8 && name[0] == '/' && name[7] == '+' && name.AsSpan(1, 6).ContainsAnyExceptInRange('A', 'Z') is false;

    private static string Tag(string baseName, int index)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{index}:{baseName}"));
        var tag = new char[6];
        for (var i = 0; i < tag.Length; i++) tag[i] = (char)('A' + hash[i] % 26);
        return new string(tag);
    }
}
