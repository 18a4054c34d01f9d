using System.Globalization;
using System.Xml;

namespace Custojo.Compliance.Evidence.Importers.OpenScap;

/// <summary>
/// Streams an XCCDF 1.2 document (a results file or an ARF report) and collects each <c>TestResult</c>:
/// times, profile, target, scanner facts, per-rule results and the default score. External entities and
/// DTDs are refused.
/// </summary>
internal static class XccdfResultsReader
{
    public const string Namespace = "http://checklists.nist.gov/xccdf/1.2";
    private const string ScannerNameFact = "urn:xccdf:fact:scanner:name";
    private const string ScannerVersionFact = "urn:xccdf:fact:scanner:version";
    private const string DefaultScoring = "urn:xccdf:scoring:default";

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = true,
    };

    public static List<XccdfTestResult> Read(Stream content, string importer)
    {
        var results = new List<XccdfTestResult>();
        using var reader = XmlReader.Create(content, Settings);
        var lineInfo = (IXmlLineInfo)reader;
        XccdfTestResult? current = null;
        string? ruleId = null;
        string? ruleSeverity = null;
        // ReadElementContentAsString leaves the reader on the next node: the loop must not skip it.
        var positioned = false;
        try
        {
            while (positioned || reader.Read())
            {
                positioned = false;
                if (reader.NodeType == XmlNodeType.EndElement && reader.NamespaceURI == Namespace && reader.LocalName == "TestResult")
                {
                    results.Add(current!);
                    current = null;
                    continue;
                }
                if (reader.NodeType != XmlNodeType.Element || reader.NamespaceURI != Namespace) continue;
                if (reader.LocalName == "TestResult")
                {
                    current = new XccdfTestResult(lineInfo.LineNumber)
                    {
                        StartTime = reader.GetAttribute("start-time"),
                        EndTime = reader.GetAttribute("end-time"),
                        TestSystem = reader.GetAttribute("test-system"),
                    };
                    continue;
                }
                if (current is null) continue;
                switch (reader.LocalName)
                {
                    case "profile":
                        current.Profile = reader.GetAttribute("idref");
                        break;
                    case "target":
                        current.Target = reader.ReadElementContentAsString().Trim();
                        positioned = true;
                        break;
                    case "fact":
                        var fact = reader.GetAttribute("name");
                        if (fact is ScannerNameFact or ScannerVersionFact)
                        {
                            var value = reader.ReadElementContentAsString().Trim();
                            positioned = true;
                            if (fact == ScannerNameFact) current.ScannerName = value;
                            else current.ScannerVersion = value;
                        }
                        break;
                    case "rule-result":
                        ruleId = reader.GetAttribute("idref");
                        ruleSeverity = reader.GetAttribute("severity") ?? "unknown";
                        break;
                    case "result" when ruleId is not null:
                        var result = reader.ReadElementContentAsString().Trim();
                        positioned = true;
                        current.ResultCounts[result] = current.Count(result) + 1;
                        if (result == "fail")
                        {
                            current.FailedRules.Add(ruleId);
                            current.FailedBySeverity[ruleSeverity!] = current.FailedBySeverity.GetValueOrDefault(ruleSeverity!) + 1;
                        }
                        ruleId = null;
                        break;
                    case "score":
                        var system = reader.GetAttribute("system");
                        var text = reader.ReadElementContentAsString().Trim();
                        positioned = true;
                        if (current.Score is null || system == DefaultScoring)
                        {
                            current.Score = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var score)
                                ? score
                                : throw ToolFormatException.At(importer, $"line {lineInfo.LineNumber}", "a numeric XCCDF score", text);
                        }
                        break;
                    default:
                        break;
                }
            }
        }
        catch (XmlException e)
        {
            throw ToolFormatException.At(importer, e.LineNumber > 0 ? $"line {e.LineNumber}" : "start of file", "well-formed XCCDF 1.2 XML", e.Message, e);
        }
        return results;
    }
}
