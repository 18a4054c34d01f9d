using System.Globalization;
using Custojo.Compliance.Evidence.Importers.Reading;

namespace Custojo.Compliance.Evidence.Importers.Lynis;

/// <summary>
/// <c>lynis-report.dat</c> of <c>lynis audit system</c>: one security audit with hardening index, warnings,
/// suggestions and tests performed; findings list each warning and suggestion with its test id. An audit
/// without the closing <c>finish=true</c> did not complete. Report times are local, without zone.
/// </summary>
internal sealed class LynisImporter : IToolImporter
{
    public const string ImporterName = "lynis";

    private const string NotSpecified = "[Not Specified]";

    public string Name => ImporterName;

    public string Version => "1.0.0";

    public string Description => "lynis-report.dat: security audit (hardening index, warnings, suggestions)";

    public bool Recognises(ReadOnlySpan<byte> header) => HeaderText.Decode(header).StartsWith("# Lynis Report", StringComparison.Ordinal);

    public IEnumerable<ImportedRecord> Read(Stream input, ImportContext context)
    {
        var report = LynisReport.Read(TextLines.Read(input), Name);
        var timeKey = report.Value("report_datetime_end") is null ? "report_datetime_start" : "report_datetime_end";
        var time = report.Value(timeKey) ?? throw ToolFormatException.At(Name, "end of file", "report_datetime_start=yyyy-MM-dd HH:mm:ss", "no report time");
        var location = $"line {report.LineOf(timeKey)}";
        var auditedAt = context.InZone(ContextRules.ParseLocal(time, "yyyy-MM-dd HH:mm:ss", Name, location, "a report time 'yyyy-MM-dd HH:mm:ss'"), Name, location);
        var auditor = report.Value("auditor");
        var warnings = report.List("warning");
        var suggestions = report.List("suggestion");
        var host = context.HostOf(report.Value("hostname"), Name, "end of file", "lynis");
        var version = report.Value("lynis_version");
        yield return new RecordBuilder("security-audit")
            .Add("auditor", auditor is null or NotSpecified ? "lynis" : auditor)
            .Add("scope", host)
            .Add("auditedAt", auditedAt)
            .Add("tool", version is null ? "lynis" : $"lynis {version}")
            .Add("hardeningIndex", Number(report, "hardening_index"))
            .Add("warnings", warnings.Count)
            .Add("suggestions", suggestions.Count)
            .Add("testsPerformed", Number(report, "lynis_tests_done"))
            .Add("outcome", report.Value("finish") == "true" ? "completed" : "failed")
            .Add("findings", warnings.Select(w => Finding(w, "warning")).Concat(suggestions.Select(s => Finding(s, "suggestion"))))
            .At($"lines 1-{Math.Max(report.LineOf("finish"), report.LineOf(timeKey))}");
    }

    private long? Number(LynisReport report, string key)
    {
        var text = report.Value(key);
        if (text is null) return null;
        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw ToolFormatException.At(Name, $"line {report.LineOf(key)}", $"{key}=<whole number>", text);
    }

    /// <summary><c>PKGS-7392|Found one or more vulnerable packages.|-|-|</c> -> <c>PKGS-7392 (warning): Found one or more vulnerable packages.</c></summary>
    private string Finding((string Value, int Line) entry, string level)
    {
        var parts = entry.Value.Split('|');
        if (parts.Length < 2 || parts[0].Length == 0)
            throw ToolFormatException.At(Name, $"line {entry.Line}", $"{level}[]=TEST-ID|text|details|solution|", entry.Value);
        var details = parts.Length > 2 && parts[2] is not ("-" or "") ? $" ({parts[2]})" : "";
        return $"{parts[0]} ({level}): {parts[1]}{details}";
    }
}
