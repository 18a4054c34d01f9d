using Custojo.Compliance.Reporting.Model;
using Custojo.Compliance.Sdk.Results;

namespace Custojo.Compliance.Reporting.Formats;

/// <summary>A finding as one line of text for the text-oriented formats (JUnit, Markdown).</summary>
internal static class FindingText
{
    public static string Line(Finding finding, TimeZoneInfo zone)
    {
        var parts = new List<string>(4) { finding.Message };
        if (finding.Subject is { Length: > 0 } subject) parts.Add($"subject {subject}");
        if (finding.Start is { } start && finding.End is { } end)
            parts.Add($"{ReportTime.Local(start, zone)} to {ReportTime.Local(end, zone)} ({ReportTime.Human(end - start)})");
        else if (finding.Start is { } from) parts.Add($"from {ReportTime.Local(from, zone)}");
        else if (finding.End is { } until) parts.Add($"until {ReportTime.Local(until, zone)}");
        return string.Join(" — ", parts);
    }
}
