using System.Text;
using System.Xml;

namespace Custojo.Compliance.Reporting.Formats;

/// <summary>The one XML writer setup of the reports: UTF-8 without BOM, two-space indent, LF.</summary>
internal static class XmlOutput
{
    public static XmlWriter Create(Stream output) => XmlWriter.Create(output, new XmlWriterSettings
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Entitize,
        CloseOutput = false,
    });
}
