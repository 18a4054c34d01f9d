using System.Globalization;
using System.Text;
using Custojo.Compliance.Reporting.Model;

namespace Custojo.Compliance.Reporting.Formats;

/// <summary>
/// CSV per RFC 4180: one row per control (its outcome, the outcome the policy decided before any waiver, and
/// the waiver's status sentence), a header row, CRLF record ends, fields quoted when they hold
/// a comma, quote or line break. A field starting with <c>= + - @</c>, tab or CR is prefixed with an
/// apostrophe so spreadsheet programs do not run it as a formula (evidence-derived text is untrusted).
/// </summary>
internal static class CsvWriter
{
    private static readonly string[] Header =
        ["control_id", "title", "severity", "section", "outcome", "message", "findings", "evidence", "requirements", "policy_file", "remediation", "underlying_outcome", "waiver"];

    public static void Write(ReportModel model, Stream output)
    {
        var csv = new StringBuilder();
        Row(csv, Header);
        foreach (var control in model.Results)
        {
            Row(csv,
            [
                control.ControlId,
                control.Title,
                Severities.Normalise(control.Severity),
                control.Section,
                OutcomeNames.Name(control.Outcome),
                control.Message,
                control.Findings.Count.ToString(CultureInfo.InvariantCulture),
                ReportModel.EvidenceOf(control).Count.ToString(CultureInfo.InvariantCulture),
                string.Join(' ', control.Requirements),
                control.PolicyFile,
                control.Remediation,
                OutcomeNames.Name(control.Waiver?.UnderlyingOutcome ?? control.Outcome),
                model.WaiverText(control) ?? "",
            ]);
        }
        output.Write(Encoding.UTF8.GetBytes(csv.ToString()));
    }

    private static void Row(StringBuilder csv, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0) csv.Append(',');
            csv.Append(Field(fields[i]));
        }
        csv.Append("\r\n");
    }

    internal static string Field(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }
}
