using System.Text;

namespace Custojo.Compliance.Evidence.Importers.Reading;

/// <summary>Streams the lines of a text input (UTF-8, plain or gzip), numbered from 1.</summary>
internal static class TextLines
{
    public static IEnumerable<NumberedLine> Read(Stream input)
    {
        using var content = Decompression.Open(input);
        using var reader = new StreamReader(content, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024, leaveOpen: true);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            yield return new NumberedLine(number, line);
        }
    }
}
