using System.Globalization;
using System.Text;
using System.Xml;
using Custojo.Compliance.Engine.Runs;
using Custojo.Compliance.Reporting.Model;
using Custojo.Compliance.Sdk.Results;

namespace Custojo.Compliance.Reporting.Formats;

/// <summary>
/// JUnit XML: a testsuite per guide section, a testcase per control. So that CI never reads a gap in
/// the evidence as success: <c>fail</c> and <c>no-evidence</c> are failures (type names the outcome),
/// <c>error</c> is an error, <c>not-applicable</c> and <c>waived</c> are skipped with the reason (for a waiver, its
/// status sentence), <c>pass</c> passes. A waiver that was not applied (e.g. expired) is named in the failure's text.
/// </summary>
internal static class JUnitWriter
{
    public static void Write(ReportModel model, Stream output)
    {
        var run = model.Run;
        using var xml = XmlOutput.Create(output);
        xml.WriteStartDocument();
        xml.WriteStartElement("testsuites");
        xml.WriteAttributeString("name", $"custojo {run.PackName} {run.PackVersion} — run {run.RunId}");
        WriteCounts(xml, model.Totals);
        foreach (var section in model.Sections)
        {
            xml.WriteStartElement("testsuite");
            xml.WriteAttributeString("name", section.Section);
            WriteCounts(xml, section.Counts);
            xml.WriteAttributeString("timestamp", ReportTime.Utc(run.StartedAt));
            xml.WriteStartElement("properties");
            WriteProperty(xml, "run-id", run.RunId);
            WriteProperty(xml, "window-from", ReportTime.Utc(run.From));
            WriteProperty(xml, "window-to", ReportTime.Utc(run.To));
            WriteProperty(xml, "evidence-chain-head", run.EvidenceChainHead);
            xml.WriteEndElement();
            foreach (var control in section.Controls) WriteCase(xml, control, model);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndDocument();
        xml.Flush();
        output.WriteByte((byte)'\n');
    }

    private static void WriteCounts(XmlWriter xml, OutcomeCounts counts)
    {
        xml.WriteAttributeString("tests", counts.Total.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("failures", (counts[Outcome.Fail] + counts[Outcome.NoEvidence]).ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("errors", counts[Outcome.Error].ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("skipped", (counts[Outcome.NotApplicable] + counts[Outcome.Waived]).ToString(CultureInfo.InvariantCulture));
    }

    private static void WriteProperty(XmlWriter xml, string name, string value)
    {
        xml.WriteStartElement("property");
        xml.WriteAttributeString("name", name);
        xml.WriteAttributeString("value", value);
        xml.WriteEndElement();
    }

    private static void WriteCase(XmlWriter xml, ControlRunResult control, ReportModel model)
    {
        var zone = model.Zone;
        var waiver = model.WaiverText(control);
        xml.WriteStartElement("testcase");
        xml.WriteAttributeString("name", $"{control.ControlId}: {control.Title}");
        xml.WriteAttributeString("classname", control.Section);
        xml.WriteAttributeString("file", control.PolicyFile);
        var outcome = OutcomeNames.Name(control.Outcome);
        switch (control.Outcome)
        {
            case Outcome.Fail or Outcome.NoEvidence:
                WriteProblem(xml, "failure", outcome, control, zone, waiver);
                break;
            case Outcome.Error:
                WriteProblem(xml, "error", outcome, control, zone, waiver);
                break;
            case Outcome.NotApplicable or Outcome.Waived:
                xml.WriteStartElement("skipped");
                xml.WriteAttributeString("message", $"{outcome}: {waiver ?? control.Message}");
                if (waiver is not null) xml.WriteString(WaivedText(control, zone));
                xml.WriteEndElement();
                break;
        }
        xml.WriteEndElement();
    }

    private static string WaivedText(ControlRunResult control, TimeZoneInfo zone)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{control.ControlId} ({Severities.Normalise(control.Severity)}): {control.Message}\n");
        foreach (var finding in control.Findings) text.Append("- ").Append(FindingText.Line(finding, zone)).Append('\n');
        text.Append("Justification: ").Append(control.Waiver!.Waiver.Justification).Append('\n');
        return text.ToString();
    }

    private static void WriteProblem(XmlWriter xml, string element, string outcome, ControlRunResult control, TimeZoneInfo zone, string? waiver)
    {
        xml.WriteStartElement(element);
        xml.WriteAttributeString("message", control.Message);
        xml.WriteAttributeString("type", outcome);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{control.ControlId} ({Severities.Normalise(control.Severity)}): {control.Message}\n");
        foreach (var finding in control.Findings) text.Append("- ").Append(FindingText.Line(finding, zone)).Append('\n');
        if (waiver is not null) text.Append("Waiver: ").Append(waiver).Append('\n');
        if (control.Remediation.Length > 0) text.Append("Remediation: ").Append(control.Remediation).Append('\n');
        xml.WriteString(text.ToString());
        xml.WriteEndElement();
    }
}
